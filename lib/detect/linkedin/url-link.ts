// Links on LinkedIn's own pages, read by the content script: members (public, Sales Navigator, Recruiter)
// and companies. One pattern over the path, taken from the href as written when the URL parser would leave
// it unchanged (nearly every link LinkedIn writes), else from the URL it resolves to. The full parser
// (urls.ts: pasted text, other kinds, legacy forms) stays out of the content script; what this accepts,
// parseLinkedInUrl accepts with the same answer (url-link.test.ts), and what it refuses, the page never
// links results to.
import { isMemberToken, normaliseSlug } from './slug';
import { cleanPastedUrl, isLinkedInHost } from './url-input';
import { byToken, entity, ORIGIN, person } from './url-routes';
import type { LinkedInUrl } from './url-types';

const ROUTE = /^\/(?:m\/|mwlite\/)?(in|company|sales\/company|sales\/lead|sales\/people)\/([^/]+)/i;
// Recruiter nests the member token after a `profile` segment, anywhere in the path.
const TALENT = /^\/(?:m\/|mwlite\/)?(?:talent|recruiter)\/(?:[^/]+\/)*?profile\/([^/]+)/i;
// An href's path when the URL parser keeps it as written: LinkedIn's own host or relative, without
// backslashes, spaces, non-ASCII or other characters it rewrites, and (DOT_SEGMENT) no dot segments.
const WRITTEN_PATH = /^(?:https:\/\/www\.linkedin\.com(?=\/))?(\/[\w%./,~-]*)(?:[?#]|$)/;
const DOT_SEGMENT = /\/\.|%2e/i;
// Most links on a results page, answered without the general path: a member's public slug or a company's,
// already lowercase ASCII (nothing to decode, normalise or lowercase; never a member token, which has
// capitals; no dot segment), on LinkedIn's host or relative, with nothing after it but a query or hash.
// It cost a third of a 1,000-result page's first pass in Chromium (bench/detect); url-link.test.ts proves
// it answers as the general path does.
const PLAIN_LINK = /^(?:https:\/\/www\.linkedin\.com)?\/(in|company)\/([a-z\d][a-z\d-]{0,119})\/?(?:[?#]|$)/;

let lastBase: { base: string | undefined; isLinkedIn: boolean } = { base: undefined, isLinkedIn: true };

function resolve(href: string, base: string | undefined): URL | undefined {
  // Wrappers, inner whitespace or trailing punctuation: not an href LinkedIn writes, and parseLinkedInUrl,
  // reading it as pasted text, would strip them and could name another member.
  if (cleanPastedUrl(href) !== href.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base ?? ORIGIN);
    return (url.protocol === 'https:' || url.protocol === 'http:') && isLinkedInHost(url.hostname)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

// A relative href is LinkedIn's when the page is; the answer is kept while the page URL stays the same.
function isLinkedInBase(base: string | undefined): boolean {
  if (base !== lastBase.base)
    lastBase = { base, isLinkedIn: base === undefined || resolve(base, undefined) !== undefined };
  return lastBase.isLinkedIn;
}

function pathOf(href: string, base: string | undefined): string | undefined {
  const path = WRITTEN_PATH.exec(href)?.[1];
  const isKept =
    path !== undefined &&
    !path.startsWith('//') &&
    !DOT_SEGMENT.test(path) &&
    (!href.startsWith('/') || isLinkedInBase(base));
  return isKept ? path : resolve(href, base)?.pathname;
}

/**
 * The member or company a link on a LinkedIn page points at, canonicalised; undefined for anything else.
 * @example readLinkedInLink('/in/Jane-Doe/?miniProfileUrn=x', location.href) // person, key 'li:in:jane-doe'
 */
export function readLinkedInLink(href: string, base?: string): LinkedInUrl | undefined {
  const plain = PLAIN_LINK.exec(href);
  if (plain !== null && (href.startsWith('https:') || isLinkedInBase(base))) {
    const [, route, slug] = plain as unknown as [string, string, string];
    return route === 'in' ? person(slug, 'public') : entity('company', slug);
  }
  const path = pathOf(href, base);
  if (path === undefined) return undefined;
  const [, route = '', id = ''] = ROUTE.exec(path) ?? [];
  const kind = route.toLowerCase();
  if (kind === 'in' || kind.endsWith('company')) {
    const slug = normaliseSlug(id);
    if (slug === undefined) return undefined;
    if (kind !== 'in') return entity('company', slug);
    return person(slug, isMemberToken(slug) ? 'member-token' : 'public');
  }
  const talent = kind === '' ? TALENT.exec(path)?.[1] : undefined;
  if (talent !== undefined) {
    const member = byToken('talent', 'talent/profile', talent);
    return member.ok ? member.value : undefined;
  }
  const lead = kind === '' ? undefined : byToken('sales-lead', 'sales/lead', id);
  return lead?.ok === true ? lead.value : undefined;
}
