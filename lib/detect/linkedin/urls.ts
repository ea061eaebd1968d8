import { err, ok, type Result } from '../../result';
import { isMemberToken, normaliseSlug } from './slug';
import { parseLinkedInInput } from './url-input';
import {
  byToken,
  entity,
  legacyPub,
  person,
  post,
  profileView,
  slugged,
  type Classified,
} from './url-routes';
import type { LinkedInUrl, LinkedInUrlError } from './url-types';

export type {
  LinkedInKind,
  LinkedInUrl,
  LinkedInUrlError,
  LinkedInUrlErrorReason,
  PersonVariant,
} from './url-types';
export { isLinkedInHost } from './url-input';

// Mobile web prefixes seen on m.linkedin.com: /m/in/slug and the lite app's /mwlite/in/slug.
const MOBILE_PREFIXES = new Set(['m', 'mwlite']);

function classify(url: URL, segments: readonly string[]): Classified {
  // Route words are case-insensitive; slugs and tokens keep their case until normaliseSlug decides.
  const first = segments[0]?.toLowerCase() ?? '';
  const second = segments[1]?.toLowerCase();
  const third = segments[2];
  switch (first) {
    case 'in':
      return slugged(segments[1], (id) => person(id, isMemberToken(id) ? 'member-token' : 'public'));
    case 'pub':
      return legacyPub(segments);
    case 'profile':
      return second === 'view' ? profileView(url) : err('unsupported-path');
    case 'company':
    case 'school':
    case 'showcase':
      return slugged(segments[1], (id) => entity(first, id));
    case 'sales':
      if (second === 'lead' || second === 'people') return byToken('sales-lead', 'sales/lead', third);
      return second === 'company' ? slugged(third, (id) => entity('company', id)) : err('unsupported-path');
    case 'talent':
    case 'recruiter': {
      const at = segments.findIndex((segment) => segment.toLowerCase() === 'profile');
      return at > 0 ? byToken('talent', 'talent/profile', segments[at + 1]) : err('unsupported-path');
    }
    case 'posts':
      return post(first, segments);
    case 'feed':
      return second === 'update' ? post(first, segments) : err('unsupported-path');
    default:
      return err('unsupported-path');
  }
}

function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const head = segments[0]?.toLowerCase();
  return head !== undefined && MOBILE_PREFIXES.has(head) ? segments.slice(1) : segments;
}

// Hot path for result pages: a plain ASCII member or company href needs no URL parsing.
// Anything else (junk, ports, credentials, encoded or non-ASCII slugs, other kinds) takes the full path.
const PLAIN_MEMBER =
  /^(?:https?:\/\/(?:[a-z\d-]+\.)*linkedin\.com)?\/(?:m\/|mwlite\/)?(in|sales\/lead|sales\/people|company|sales\/company)\/([\w%-]{1,120})(?:[/?#,]|$)/i;
let lastBase: { base: string | undefined; isLinkedIn: boolean } = { base: undefined, isLinkedIn: true };

function isLinkedInBase(base: string | undefined): boolean {
  if (base !== lastBase.base)
    lastBase = { base, isLinkedIn: base === undefined || parseLinkedInInput(base).ok };
  return lastBase.isLinkedIn;
}

function plainMember(input: string, base: string | undefined): LinkedInUrl | undefined {
  const [match, route, id] = PLAIN_MEMBER.exec(input) ?? [];
  if (
    match === undefined ||
    route === undefined ||
    id === undefined ||
    (input.startsWith('/') && !isLinkedInBase(base))
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

/**
 * Classifies and canonicalises a LinkedIn URL, pasted text or relative href.
 * @param base the URL of the page a relative href came from (defaults to LinkedIn).
 * @example parseLinkedInUrl('<uk.linkedin.com/in/Jane-Doe/details/experience/?trk=x>') // person, key 'li:in:jane-doe'
 */
export function parseLinkedInUrl(input: string, base?: string): Result<LinkedInUrl, LinkedInUrlError> {
  const plain = plainMember(input, base);
  if (plain !== undefined) return ok(plain);
  const parsed = parseLinkedInInput(input, base);
  if (!parsed.ok) return parsed;
  const result = classify(parsed.value, pathSegments(parsed.value));
  if (result.ok) return result;
  return err({ reason: result.error === 'invalid-id' ? 'invalid-id' : 'unsupported-path', input });
}
