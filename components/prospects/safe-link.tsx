import type { ComponentChildren } from 'preact';

export interface SafeLinkProps {
  readonly href: string | undefined;
  readonly children: ComponentChildren;
  readonly label?: string;
}

/** The URL when `new URL()` parses it as http(s), else null (STYLE.md §4.5). */
export function safeHttpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to page or API data, rendered only for http(s) URLs; anything else renders as nothing. */
export function SafeLink({ href, children, label }: SafeLinkProps) {
  const url = safeHttpUrl(href);
  if (!url) return null;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}
