// Kept apart from domain.ts so the content script can normalise hosts without bundling tldts' suffix list.

const PLAIN_HOST = /^(?:[a-z\d-]{1,63}\.)*[a-z][a-z\d-]{0,62}$/;

/** Lowercases a host, drops a trailing dot and converts IDN labels to punycode; undefined when invalid. */
export function normaliseHost(host: string): string | undefined {
  const trimmed = host.trim().toLowerCase().replace(/\.+$/, '');
  // A backslash is a path separator to the URL parser: `evil.example\\.linkedin.com` would come out as
  // `evil.example` (found by fuzzing).
  if (trimmed === '' || /[\s/?#@\\]/.test(trimmed)) return undefined;
  // Hot path (every e-mail on a page): plain ASCII labels and a letter-led TLD come out of the URL parser
  // unchanged. Punycode labels still go through it to be validated, and numeric TLDs (IPv4 forms) to be parsed.
  if (PLAIN_HOST.test(trimmed) && !trimmed.includes('xn--')) return trimmed;
  try {
    // IDNA maps `。` to a dot and drops zero-width characters, so a trailing dot can appear only now;
    // `..` or `.:` parse to the host "." (both found by fuzzing).
    const hostname = new URL(`http://${trimmed}/`).hostname.replace(/\.+$/, '');
    return hostname === '' || hostname.startsWith('.') ? undefined : hostname;
  } catch {
    return undefined;
  }
}
