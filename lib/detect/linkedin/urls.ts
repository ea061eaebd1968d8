import { err, ok, type Result } from '../../result';
import { decodeSegment, isMemberToken, normaliseSlug } from './slug';
import { parseLinkedInInput } from './url-input';
import type { LinkedInUrl, LinkedInUrlError, PersonVariant } from './url-types';

export type { LinkedInKind, LinkedInUrl, LinkedInUrlError, LinkedInUrlErrorReason, PersonVariant } from './url-types';
export { isLinkedInHost } from './url-input';

const ORIGIN = 'https://www.linkedin.com';
// Mobile web prefixes seen on m.linkedin.com: /m/in/slug and the lite app's /mwlite/in/slug.
const MOBILE_PREFIXES = new Set(['m', 'mwlite']);

type Classified = Result<LinkedInUrl, 'invalid-id' | 'unsupported-path'>;

function encodePath(parts: readonly string[]): string {
  return parts.map((part) => encodeURIComponent(part)).join('/');
}

function person(id: string, variant: PersonVariant): LinkedInUrl {
  const isToken = variant === 'member-token';
  const key = isToken ? `li:member:${id}` : `li:in:${id}`;
  return { kind: 'person', variant, key, id, isMemberToken: isToken, canonicalUrl: `${ORIGIN}/in/${id}`, apiUrl: `${ORIGIN}/in/${encodeURIComponent(id)}` };
}

function entity(kind: 'company' | 'school' | 'showcase', id: string): LinkedInUrl {
  return { kind, key: `li:${kind}:${id}`, id, isMemberToken: false, canonicalUrl: `${ORIGIN}/${kind}/${id}`, apiUrl: `${ORIGIN}/${kind}/${encodeURIComponent(id)}` };
}

function slugged(segment: string | undefined, build: (id: string) => LinkedInUrl): Classified {
  const id = segment === undefined ? undefined : normaliseSlug(segment);
  return id === undefined ? err('invalid-id') : ok(build(id));
}

function legacyPub(segments: readonly string[]): Classified {
  // Pre-2015 public URLs: /pub/jane-doe/1a/2b/3c. LinkedIn still redirects them, so keep them whole.
  const parts: string[] = [];
  for (const segment of segments.slice(1, 5)) {
    const part = normaliseSlug(segment);
    if (part !== undefined) parts.push(part);
  }
  // /pub/dir/First/Last is the public directory search, not a person.
  if (parts.length !== 4 || parts[0] === 'dir') return err('invalid-id');
  const path = parts.join('/');
  const canonicalUrl = `${ORIGIN}/pub/${path}`;
  return ok({ kind: 'person', variant: 'legacy-pub', key: `li:pub:${path}`, id: path, isMemberToken: false, canonicalUrl, apiUrl: `${ORIGIN}/pub/${encodePath(parts)}` });
}

function profileView(url: URL): Classified {
  const id = url.searchParams.get('id')?.trim() ?? '';
  if (isMemberToken(id)) return ok(person(id, 'member-token'));
  if (!/^\d{1,15}$/.test(id)) return err('invalid-id');
  return ok({ kind: 'person', variant: 'legacy-id', key: `li:member-id:${id}`, id, isMemberToken: false, canonicalUrl: `${ORIGIN}/profile/view?id=${id}`, apiUrl: `${ORIGIN}/profile/view?id=${id}` });
}

function byToken(kind: 'sales-lead' | 'talent', path: string, segment: string | undefined): Classified {
  // Sales Navigator appends `,NAME_SEARCH,abcd` (auth type and token) to the member token; drop it.
  const id = segment?.split(',')[0];
  if (id === undefined || id === '') return err('invalid-id');
  return slugged(id, (token) => {
    const isToken = isMemberToken(token);
    const key = kind === 'sales-lead' && isToken ? `li:member:${token}` : `li:${kind}:${token}`;
    return { kind, key, id: token, isMemberToken: isToken, canonicalUrl: `${ORIGIN}/${path}/${token}`, apiUrl: `${ORIGIN}/${path}/${encodeURIComponent(token)}` };
  });
}

function post(route: string, segments: readonly string[]): Classified {
  const raw = route === 'posts' ? segments[1] : segments[2];
  if (raw === undefined || raw === '') return err('invalid-id');
  const decoded = decodeSegment(raw);
  const activity = /activity[-:](\d{6,})/.exec(decoded)?.[1];
  const prefix = route === 'posts' ? 'posts' : 'feed/update';
  const base = {
    kind: 'post' as const,
    key: `li:post:${activity ?? `${prefix}/${decoded}`}`,
    id: activity ?? decoded,
    isMemberToken: false,
    canonicalUrl: `${ORIGIN}/${prefix}/${decoded}`,
    apiUrl: `${ORIGIN}/${prefix}/${encodeURIComponent(decoded)}`,
  };
  // /posts/{author-slug}_{title}-activity-{id}-{hash}: the part before the first `_` is the author's public slug.
  const author = route === 'posts' && decoded.includes('_') ? normaliseSlug(decoded.slice(0, decoded.indexOf('_'))) : undefined;
  return ok(author === undefined ? base : { ...base, authorSlug: author });
}

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
const PLAIN_MEMBER = /^(?:https?:\/\/(?:[a-z\d-]+\.)*linkedin\.com)?\/(?:m\/|mwlite\/)?(in|sales\/lead|sales\/people|company|sales\/company)\/([\w-]{1,120})(?:[/?#,]|$)/i;
let lastBase: { base: string | undefined; isLinkedIn: boolean } = { base: undefined, isLinkedIn: true };

function isLinkedInBase(base: string | undefined): boolean {
  if (base !== lastBase.base) lastBase = { base, isLinkedIn: base === undefined || parseLinkedInInput(base).ok };
  return lastBase.isLinkedIn;
}

function plainMember(input: string, base: string | undefined): LinkedInUrl | undefined {
  const [match, route, id] = PLAIN_MEMBER.exec(input) ?? [];
  if (match === undefined || route === undefined || id === undefined || (input.startsWith('/') && !isLinkedInBase(base))) return undefined;
  const lowerRoute = route.toLowerCase();
  // Only Sales Navigator appends `,auth` to the id; elsewhere a comma makes the slug invalid.
  if (match.endsWith(',') && (lowerRoute === 'in' || lowerRoute.endsWith('company'))) return undefined;
  if (lowerRoute === 'in') return isMemberToken(id) ? person(id, 'member-token') : person(id.toLowerCase(), 'public');
  if (lowerRoute.endsWith('company')) return entity('company', id.toLowerCase());
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
