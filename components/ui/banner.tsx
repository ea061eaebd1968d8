import type { ComponentChildren } from 'preact';

export interface BannerProps {
  readonly tone: 'error' | 'warn' | 'info' | 'ok';
  readonly title: string;
  readonly children?: ComponentChildren;
}

/** A status message; errors and warnings are announced immediately (role=alert), others politely. */
export function Banner({ tone, title, children }: BannerProps) {
  const urgent = tone === 'error' || tone === 'warn';
  return (
    <div class={`banner banner-${tone}`} role={urgent ? 'alert' : 'status'}>
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}
