// The part of parseLinkedInUrl for members (public, Sales Navigator, Recruiter) and companies, with a hot
// path for plain hrefs; pre-2015 profiles and posts, which only pasted input carries, are added by urls.ts.
// The content script reads its pages' links with url-link.ts, which agrees with this (url-link.test.ts).
import { err, ok, type Result } from '../../result';
import { isMemberToken, normaliseSlug } from './slug';
import { isLinkedInHost } from './url-input';
import { byToken, entity, person, slugged, type Classified } from './url-routes';
import type { LinkedInUrl, LinkedInUrlError } from './url-types';

/** Classifies a parsed URL's path; the segments have any mobile prefix removed. */
export type Classifier = (url: URL, segments: readonly string[]) => Classified;

/** Turns an input into a LinkedIn `URL`, or says why it is not one. */
export type Resolver = (input: string, base?: string) => Result<URL, LinkedInUrlError>;

/**
 * An href as the browser resolves it, when that is an http(s) LinkedIn URL. Pasted text needs more
 * (wrappers, missing schemes: url-input.ts); an attribute read from the page does not.
 */
export const resolveHref: Resolver = (input, base = 'https://www.linkedin.com/') => {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return err({ reason: 'malformed', input });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return err({ reason: 'unsupported-scheme', input });
  return isLinkedInHost(url.hostname) ? ok(url) : err({ reason: 'not-linkedin', input });
};

/** Classifies member and company paths; everything else is an unsupported path. */
export const classifyLink: Classifier = (_url, segments) => {
  // Route words are case-insensitive; slugs and tokens keep their case until normaliseSlug decides.
  const first = segments[0]?.toLowerCase() ?? '';
  const second = segments[1]?.toLowerCase();
  switch (first) {
    case 'in':
      return slugged(segments[1], (id) => person(id, isMemberToken(id) ? 'member-token' : 'public'));
    case 'company':
    case 'school':
    case 'showcase':
      return slugged(segments[1], (id) => entity(first, id));
    case 'sales':
      if (second === 'lead' || second === 'people') return byToken('sales-lead', 'sales/lead', segments[2]);
      return second === 'company'
        ? slugged(segments[2], (id) => entity('company', id))
        : err('unsupported-path');
    case 'talent':
    case 'recruiter': {
      const at = segments.findIndex((segment) => segment.toLowerCase() === 'profile');
      return at > 0 ? byToken('talent', 'talent/profile', segments[at + 1]) : err('unsupported-path');
    }
    default:
      return err('unsupported-path');
  }
};

// Mobile web prefixes seen on m.linkedin.com: /m/in/slug and the lite app's /mwlite/in/slug.
function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const head = segments[0]?.toLowerCase();
  return head === 'm' || head === 'mwlite' ? segments.slice(1) : segments;
}

// Hot path for result pages: a plain ASCII member or company href needs no URL parsing.
// Anything else (junk, ports, credentials, encoded or non-ASCII slugs, other kinds) takes the full path.
const PLAIN_MEMBER =
  /^(?:https?:\/\/(?:[a-z\d-]+\.)*linkedin\.com)?\/(?:m\/|mwlite\/)?(in|sales\/lead|sales\/people|company|sales\/company)\/([\w%-]{1,120})(?:[/?#,]|$)/i;
// Dot segments (`/..`, `%2e`) and backslashes before the query: the URL parser resolves them, which can
// change the route after the id the pattern saw (`/in/x/../../company/y` is a company; found by
// url-link.test.ts), so such hrefs take the full path.
const REWRITTEN_PATH = /^[^?#]*(?:[/\\]\.|%2e|\\)/i;
let lastBase: { base: string | undefined; isLinkedIn: boolean } = { base: undefined, isLinkedIn: true };

function isLinkedInBase(base: string | undefined, resolve: Resolver): boolean {
  if (base !== lastBase.base) lastBase = { base, isLinkedIn: base === undefined || resolve(base).ok };
  return lastBase.isLinkedIn;
}

function plainMember(input: string, base: string | undefined, resolve: Resolver): LinkedInUrl | undefined {
  const [match, route, id] = PLAIN_MEMBER.exec(input) ?? [];
  if (
    match === undefined ||
    REWRITTEN_PATH.test(input) ||
    route === undefined ||
    id === undefined ||
    (input.startsWith('/') && !isLinkedInBase(base, resolve))
  )
    return undefined;
  const lowerRoute = route.toLowerCase();
  // Only Sales Navigator appends `,auth` to the id; elsewhere a comma makes the slug invalid.
  if (match.endsWith(',') && (lowerRoute === 'in' || lowerRoute.endsWith('company'))) return undefined;
  // Percent-encoded (non-ASCII) slugs decode here as the full parser would; what does not decode to a
  // slug takes the full path.
  const decoded = id.includes('%') ? normaliseSlug(id) : id;
  if (decoded === undefined) return undefined;
  if (lowerRoute === 'in')
    return isMemberToken(decoded) ? person(decoded, 'member-token') : person(decoded.toLowerCase(), 'public');
  if (lowerRoute.endsWith('company')) return entity('company', decoded.toLowerCase());
  const lead = byToken('sales-lead', 'sales/lead', id);
  return lead.ok ? lead.value : undefined;
}

/** How parseLinkedInLink reads its input: urls.ts passes the pasted-text resolver and the full route table. */
export interface LinkOptions {
  readonly classify?: Classifier;
  readonly resolve?: Resolver;
}

/**
 * Classifies and canonicalises a LinkedIn link read from a page (member or company; other paths are
 * unsupported).
 * @example parseLinkedInLink('/in/Jane-Doe/?miniProfileUrn=x', location.href) // person, key 'li:in:jane-doe'
 */
export function parseLinkedInLink(
  input: string,
  base?: string,
  options: LinkOptions = {},
): Result<LinkedInUrl, LinkedInUrlError> {
  const { classify = classifyLink, resolve = resolveHref } = options;
  const plain = plainMember(input, base, resolve);
  if (plain !== undefined) return ok(plain);
  const parsed = resolve(input, base);
  if (!parsed.ok) return parsed;
  const result = classify(parsed.value, pathSegments(parsed.value));
  if (result.ok) return result;
  return err({ reason: result.error === 'invalid-id' ? 'invalid-id' : 'unsupported-path', input });
}

export { isLinkedInHost };
