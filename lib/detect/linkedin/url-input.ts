import { err, ok, type Result } from '../../result';
import type { LinkedInUrlError } from './url-types';

const DEFAULT_BASE = 'https://www.linkedin.com/';
// Wrappers that mail clients, chat apps and Markdown put around pasted links: <…>, "…", (…), […].
const LEADING_JUNK = /^[\s<("'[`]+/;
const TRAILING_JUNK = /[\s>)"'\]`.,;:!?]+$/;
// A scheme is only a scheme when it has no dot, so `linkedin.com:443/in/x` is a host, not a scheme.
const SCHEME = /^([a-z][a-z\d+-]*):/i;

/** Trims pasted junk: wrappers, whitespace (including line breaks inside the URL) and trailing punctuation. */
export function cleanPastedUrl(raw: string): string {
  return raw.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').replace(/\s+/g, '');
}

/** Whether a hostname is LinkedIn's own: `linkedin.com` or a subdomain of it (no lookalikes). */
export function isLinkedInHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

function withScheme(cleaned: string): string {
  if (cleaned.startsWith('//')) return `https:${cleaned}`;
  if (/^\.{0,2}\//.test(cleaned) || SCHEME.test(cleaned)) return cleaned;
  return `https://${cleaned}`;
}

/**
 * Parses pasted text or an href into a LinkedIn `URL`, resolving relative hrefs against `base`.
 * @param base the page URL the href came from; defaults to LinkedIn so a pasted `/in/slug` works.
 */
export function parseLinkedInInput(raw: string, base: string = DEFAULT_BASE): Result<URL, LinkedInUrlError> {
  const cleaned = cleanPastedUrl(raw);
  if (cleaned === '') return err({ reason: 'empty', input: raw });
  let url: URL;
  try {
    url = new URL(withScheme(cleaned), base);
  } catch {
    return err({ reason: 'malformed', input: raw });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return err({ reason: 'unsupported-scheme', input: raw });
  if (!isLinkedInHost(url.hostname)) return err({ reason: 'not-linkedin', input: raw });
  return ok(url);
}
