/** Which LinkedIn entity a URL points at. */
export type LinkedInKind = 'person' | 'company' | 'school' | 'showcase' | 'sales-lead' | 'talent' | 'post';

/** How a person URL named the member: public slug, opaque member token, or a pre-2015 form. */
export type PersonVariant = 'public' | 'member-token' | 'legacy-pub' | 'legacy-id';

/** Fields every classified LinkedIn URL carries. */
interface LinkedInUrlBase {
  /** Stable cache key, e.g. `li:in:jane-doe`; member tokens use `li:member:` so they never equal a public slug key. */
  readonly key: string;
  /** Display form (decoded, NFC); canonicalising it again yields the same value. */
  readonly canonicalUrl: string;
  /** Percent-encoded form to send to the API. */
  readonly apiUrl: string;
  /** The slug, token or id from the path (decoded, NFC; lowercase unless it is a member token). */
  readonly id: string;
  /** True when `id` is an opaque member token (ACoAA…, ACwAA…, AEMAA…): case is kept, never a public slug. */
  readonly isMemberToken: boolean;
}

/** A classified LinkedIn URL. */
export type LinkedInUrl =
  | (LinkedInUrlBase & { readonly kind: 'person'; readonly variant: PersonVariant })
  | (LinkedInUrlBase & { readonly kind: 'company' | 'school' | 'showcase' })
  | (LinkedInUrlBase & { readonly kind: 'sales-lead' | 'talent' })
  | (LinkedInUrlBase & { readonly kind: 'post'; readonly authorSlug?: string });

/** Why an input is not a usable LinkedIn URL. */
export type LinkedInUrlErrorReason =
  'empty' | 'malformed' | 'unsupported-scheme' | 'not-linkedin' | 'unsupported-path' | 'invalid-id';

/** A rejected input with its reason. */
export interface LinkedInUrlError {
  readonly reason: LinkedInUrlErrorReason;
  readonly input: string;
}
