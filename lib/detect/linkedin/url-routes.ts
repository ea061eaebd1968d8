// Route builders for the URL families that pages link to (members, companies); the legacy and post
// routes that only pasted input needs are in url-routes-legacy.ts, out of the content script.
import { err, ok, type Result } from '../../result';
import { isMemberToken, normaliseSlug } from './slug';
import type { LinkedInUrl, PersonVariant } from './url-types';

/** Canonical origin of every LinkedIn URL we produce. */
export const ORIGIN = 'https://www.linkedin.com';

/** A route's classification, before it is turned into a public error. */
export type Classified = Result<LinkedInUrl, 'invalid-id' | 'unsupported-path'>;

// The URL we show and store, and the one sent to the API (its id percent-encoded, as the API expects).
function addresses(path: string, id: string): Pick<LinkedInUrl, 'canonicalUrl' | 'apiUrl'> {
  return { canonicalUrl: `${ORIGIN}/${path}/${id}`, apiUrl: `${ORIGIN}/${path}/${encodeURIComponent(id)}` };
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
    ...addresses('in', id),
  };
}

/**
 * Builds a company, school or showcase URL from a normalised slug or id. These ids are case-insensitive
 * slugs or numbers, never member tokens: one shaped like a token is lowercased too, as the link hot path
 * does, so both parsers give one key (found by the property tests, issue 7).
 */
export function entity(kind: 'company' | 'school' | 'showcase', slug: string): LinkedInUrl {
  const id = slug.toLowerCase();
  return {
    kind,
    key: `li:${kind}:${id}`,
    id,
    isMemberToken: false,
    ...addresses(kind, id),
  };
}

/** Normalises a slug segment and builds a URL from it, or reports an invalid id. */
export function slugged(segment: string | undefined, build: (id: string) => LinkedInUrl): Classified {
  const id = segment === undefined ? undefined : normaliseSlug(segment);
  return id === undefined ? err('invalid-id') : ok(build(id));
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
      ...addresses(path, token),
    };
  });
}
