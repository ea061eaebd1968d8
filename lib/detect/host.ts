// Kept apart from domain.ts so the content script can normalise hosts without bundling tldts' suffix list.

/** Lowercases a host, drops a trailing dot and converts IDN labels to punycode; undefined when invalid. */
export function normaliseHost(host: string): string | undefined {
  const trimmed = host.trim().toLowerCase().replace(/\.$/, '');
  if (trimmed === '' || /[\s/?#@]/.test(trimmed)) return undefined;
  try {
    return new URL(`http://${trimmed}/`).hostname;
  } catch {
    return undefined;
  }
}
