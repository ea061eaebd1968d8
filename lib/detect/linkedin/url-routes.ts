// Route builders for parseLinkedInUrl: one function per URL family, each returning the canonical form.
import { err, ok, type Result } from '../../result';
import { decodeSegment, isMemberToken, normaliseSlug } from './slug';
import type { LinkedInUrl, PersonVariant } from './url-types';

/** Canonical origin of every LinkedIn URL we produce. */
export const ORIGIN = 'https://www.linkedin.com';

/** A route's classification, before it is turned into a public error. */
export type Classified = Result<LinkedInUrl, 'invalid-id' | 'unsupported-path'>;

function encodePath(parts: readonly string[]): string {
  return parts.map((part) => encodeURIComponent(part)).join('/');
}

/** Builds a person URL from a normalised slug or member token. */
export function person(id: string, variant: PersonVariant): LinkedInUrl {
  const isToken = variant === 'member-token';
  const key = isToken ? `li:member:${id}` : `li:in:${id}`;
  return {
    kind: 'person',
    variant,
    key,
    id,
    isMemberToken: isToken,
    canonicalUrl: `${ORIGIN}/in/${id}`,
    apiUrl: `${ORIGIN}/in/${encodeURIComponent(id)}`,
  };
}

/** Builds a company, school or showcase URL from a normalised slug or id. */
export function entity(kind: 'company' | 'school' | 'showcase', id: string): LinkedInUrl {
  return {
    kind,
    key: `li:${kind}:${id}`,
    id,
    isMemberToken: false,
    canonicalUrl: `${ORIGIN}/${kind}/${id}`,
    apiUrl: `${ORIGIN}/${kind}/${encodeURIComponent(id)}`,
  };
}

/** Normalises a slug segment and builds a URL from it, or reports an invalid id. */
export function slugged(segment: string | undefined, build: (id: string) => LinkedInUrl): Classified {
  const id = segment === undefined ? undefined : normaliseSlug(segment);
  return id === undefined ? err('invalid-id') : ok(build(id));
}

/** Classifies a pre-2015 `/pub/name/a/b/c` URL. */
export function legacyPub(segments: readonly string[]): Classified {
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
  return ok({
    kind: 'person',
    variant: 'legacy-pub',
    key: `li:pub:${path}`,
    id: path,
    isMemberToken: false,
    canonicalUrl,
    apiUrl: `${ORIGIN}/pub/${encodePath(parts)}`,
  });
}

/** Classifies a legacy `/profile/view?id=` URL. */
export function profileView(url: URL): Classified {
  const id = url.searchParams.get('id')?.trim() ?? '';
  if (isMemberToken(id)) return ok(person(id, 'member-token'));
  if (!/^\d{1,15}$/.test(id)) return err('invalid-id');
  return ok({
    kind: 'person',
    variant: 'legacy-id',
    key: `li:member-id:${id}`,
    id,
    isMemberToken: false,
    canonicalUrl: `${ORIGIN}/profile/view?id=${id}`,
    apiUrl: `${ORIGIN}/profile/view?id=${id}`,
  });
}

/** Classifies a Sales Navigator or Recruiter URL by the member token or id in it. */
export function byToken(
  kind: 'sales-lead' | 'talent',
  path: string,
  segment: string | undefined,
): Classified {
  // Sales Navigator appends `,NAME_SEARCH,abcd` (auth type and token) to the member token; drop it.
  const id = segment?.split(',')[0];
  if (id === undefined || id === '') return err('invalid-id');
  return slugged(id, (token) => {
    const isToken = isMemberToken(token);
    const key = kind === 'sales-lead' && isToken ? `li:member:${token}` : `li:${kind}:${token}`;
    return {
      kind,
      key,
      id: token,
      isMemberToken: isToken,
      canonicalUrl: `${ORIGIN}/${path}/${token}`,
      apiUrl: `${ORIGIN}/${path}/${encodeURIComponent(token)}`,
    };
  });
}

/** Classifies a `/posts/…` or `/feed/update/…` URL, keeping only the author hint. */
export function post(route: string, segments: readonly string[]): Classified {
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
  const author =
    route === 'posts' && decoded.includes('_')
      ? normaliseSlug(decoded.slice(0, decoded.indexOf('_')))
      : undefined;
  return ok(author === undefined ? base : { ...base, authorSlug: author });
}
