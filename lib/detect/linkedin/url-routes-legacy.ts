// Route builders for URL families that only pasted input needs (pre-2015 profiles, posts): parseLinkedInUrl
// uses them, the content script's link reader (url-link.ts) does not, which keeps them out of its bundle.
import { err, ok } from '../../result';
import { ORIGIN, person, type Classified } from './url-routes';
import { decodeSegment, isMemberToken, normaliseSlug } from './slug';

function encodePath(parts: readonly string[]): string {
  return parts.map((part) => encodeURIComponent(part)).join('/');
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

// A post id is free text once decoded: it may hold a line break, `/`, `%` or a trailing `'` or `.`, which
// re-parsing would split, decode again or trim as pasted junk (found by the property tests, issue 7). Both
// forms therefore escape all but letters, digits, `-_~` and inner `:` (`urn:li:activity:…` stays readable);
// the display form also keeps non-ASCII letters readable.
const POST_DISPLAY_ESCAPED = /[^\p{L}\p{M}\p{N}_~:-]|:$/gu;
const POST_API_ESCAPED = /[^\w~:-]|:$/gu;

function escapePostId(id: string, escaped: RegExp): string {
  return id.replace(escaped, (char) =>
    encodeURIComponent(char).replace(
      /[!'()*.]/g,
      (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`,
    ),
  );
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
    canonicalUrl: `${ORIGIN}/${prefix}/${escapePostId(decoded, POST_DISPLAY_ESCAPED)}`,
    apiUrl: `${ORIGIN}/${prefix}/${escapePostId(decoded, POST_API_ESCAPED)}`,
  };
  // /posts/{author-slug}_{title}-activity-{id}-{hash}: the part before the first `_` is the author's public slug.
  const author =
    route === 'posts' && decoded.includes('_')
      ? normaliseSlug(decoded.slice(0, decoded.indexOf('_')))
      : undefined;
  return ok(author === undefined ? base : { ...base, authorSlug: author });
}
