// Member tokens are LinkedIn's opaque, case-sensitive member ids: ACoAA… (members, fsd_profile URNs),
// ACwAA… (Sales Navigator) and AEMAA… (Recruiter). Lowercasing one makes it a different member.
const MEMBER_TOKEN = /^(?:ACoAA|ACwAA|AEMAA)[\w-]{8,}$/;

// Public slugs: letters of any script, digits, hyphens; older vanity URLs also used `_` and `.`.
const SLUG = /^[\p{L}\p{M}\p{N}_.~-]{1,120}$/u;
// The same test for slugs in ASCII and Latin letters (À-ɏ without × and ÷), nearly all of them: the first
// use of SLUG's Unicode classes costs about a millisecond (V8 compiles them), and the content script runs
// cold on every page. tests/unit/lib/detect/linkedin/slug.test.ts proves it accepts nothing SLUG refuses.
const LATIN_SLUG = /^[\w.~\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]{1,120}$/;

/** Whether a path segment is an opaque member token rather than a public slug. */
export function isMemberToken(segment: string): boolean {
  return MEMBER_TOKEN.test(segment);
}

/** Percent-decodes a path segment (keeping it as-is when the escapes are broken) and NFC-normalises it. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return segment.normalize('NFC');
  }
}

/** Returns the normalised slug (lowercase unless it is a member token), or undefined when it is not a slug. */
export function normaliseSlug(segment: string): string | undefined {
  // Most segments are plain ASCII: nothing to decode or normalise.
  const decoded = /^[\w.~-]*$/.test(segment) ? segment : decodeSegment(segment);
  if (isMemberToken(decoded)) return decoded;
  const lower = decoded.toLowerCase();
  // Found by fuzzing (issue 7): `.` and `..` (also sent as %2e) are dot segments, so `/in/..` resolves
  // to the site root; and a trailing dot is trimmed from pasted links, so `/in/jane.` would not re-parse.
  return (LATIN_SLUG.test(lower) || SLUG.test(lower)) && !lower.endsWith('.') ? lower : undefined;
}
