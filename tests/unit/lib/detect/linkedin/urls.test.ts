import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkedInUrl } from '../../../../../lib/detect/linkedin/urls';

const TOKEN = 'ACoAAAbCdEf0123456789XyZ';
const SALES_TOKEN = 'ACwAAAbCdEf0123456789XyZ';

function parsed(input: string, base?: string) {
  const result = parseLinkedInUrl(input, base);
  if (!result.ok) throw new Error(`expected ok for ${input}: ${result.error.reason}`);
  return result.value;
}

describe('parseLinkedInUrl: people', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/Jane-Doe', 'li:in:jane-doe'],
    ['http://linkedin.com/in/jane-doe', 'li:in:jane-doe'],
    ['https://uk.linkedin.com/in/jane-doe', 'li:in:jane-doe'],
    ['https://de.linkedin.com/in/jane-doe/?originalSubdomain=de', 'li:in:jane-doe'],
    ['https://m.linkedin.com/in/jane-doe', 'li:in:jane-doe'],
    ['https://www.linkedin.com/m/in/jane-doe/', 'li:in:jane-doe'],
    ['https://www.linkedin.com/mwlite/in/jane-doe', 'li:in:jane-doe'],
    [
      'https://www.linkedin.com/in/jane-doe?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAA',
      'li:in:jane-doe',
    ],
    [
      'https://www.linkedin.com/in/jane-doe?trk=public_profile&lipi=urn%3Ali%3Apage%3Ad_flagship3',
      'li:in:jane-doe',
    ],
    ['https://www.linkedin.com/in/jane-doe?utm_source=share&utm_medium=member_desktop', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/all/', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe#experience', 'li:in:jane-doe'],
    ['https://WWW.LINKEDIN.COM/IN/jane-doe', 'li:in:jane-doe'],
    ['https://www.linkedin.com:443/in/jane-doe', 'li:in:jane-doe'],
    ['https://www.linkedin.com./in/jane-doe', 'li:in:jane-doe'],
    ['<https://www.linkedin.com/in/jane-doe>', 'li:in:jane-doe'],
    ['  www.linkedin.com/in/jane-doe/,  ', 'li:in:jane-doe'],
    ['linkedin.com/in/jane-doe.', 'li:in:jane-doe'],
    ['(https://www.linkedin.com/in/jane-doe)', 'li:in:jane-doe'],
    ['"https://www.linkedin.com/in/\njane-doe"', 'li:in:jane-doe'],
    ['//www.linkedin.com/in/jane-doe', 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4b2a1', 'li:in:jürgen-müller-4b2a1'],
    ['https://www.linkedin.com/in/J%C3%9CRGEN-m%C3%BCller-4b2a1', 'li:in:jürgen-müller-4b2a1'],
    ['https://www.linkedin.com/in/ju\u0308rgen-mu\u0308ller-4b2a1', 'li:in:jürgen-müller-4b2a1'],
    ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E', 'li:in:王小明'],
    [`https://www.linkedin.com/in/${TOKEN}`, `li:member:${TOKEN}`],
    [`https://www.linkedin.com/in/${TOKEN}/?miniProfileUrn=x`, `li:member:${TOKEN}`],
    [`https://www.linkedin.com/profile/view?id=${TOKEN}`, `li:member:${TOKEN}`],
    ['https://www.linkedin.com/profile/view?id=123456789', 'li:member-id:123456789'],
    ['https://www.linkedin.com/pub/jane-doe/1a/2b/3c', 'li:pub:jane-doe/1a/2b/3c'],
  ])('%s → %s', (input, key) => {
    const url = parsed(input);
    expect(url.kind).toBe('person');
    expect(url.key).toBe(key);
  });

  it('keeps a member token’s case and flags it', () => {
    const url = parsed(`https://de.linkedin.com/in/${TOKEN}/details/skills/`);
    expect(url).toMatchObject({
      kind: 'person',
      variant: 'member-token',
      isMemberToken: true,
      id: TOKEN,
      canonicalUrl: `https://www.linkedin.com/in/${TOKEN}`,
    });
  });

  it('never matches a member token against a lowercased public slug', () => {
    expect(parsed(`/in/${TOKEN}`).key).not.toBe(parsed(`/in/${TOKEN.toLowerCase()}`).key);
  });

  it('decodes non-ASCII slugs for display and re-encodes them for the API', () => {
    const url = parsed('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4b2a1/');
    expect(url.canonicalUrl).toBe('https://www.linkedin.com/in/jürgen-müller-4b2a1');
    expect(url.apiUrl).toBe('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4b2a1');
  });

  it.each([
    ['/in/jane-doe', 'https://www.linkedin.com/search/results/people/?keywords=x'],
    ['../in/jane-doe/', 'https://www.linkedin.com/search/results?page=2'],
    ['/in/jane-doe?trk=x', 'https://de.linkedin.com/feed/'],
  ])('resolves the relative href %s against %s', (href, base) => {
    expect(parsed(href, base).canonicalUrl).toBe('https://www.linkedin.com/in/jane-doe');
  });
});

describe('parseLinkedInUrl: other kinds', () => {
  it.each([
    ['https://www.linkedin.com/company/northwind-analytics/', 'company', 'li:company:northwind-analytics'],
    [
      'https://www.linkedin.com/company/Northwind-Analytics/about/?viewAsMember=true',
      'company',
      'li:company:northwind-analytics',
    ],
    ['https://www.linkedin.com/company/1234567/people/', 'company', 'li:company:1234567'],
    ['https://www.linkedin.com/sales/company/1234567', 'company', 'li:company:1234567'],
    [
      'https://www.linkedin.com/school/example-state-university/',
      'school',
      'li:school:example-state-university',
    ],
    ['https://www.linkedin.com/showcase/northwind-labs/posts/', 'showcase', 'li:showcase:northwind-labs'],
    [
      `https://www.linkedin.com/sales/lead/${SALES_TOKEN},NAME_SEARCH,x1Y2`,
      'sales-lead',
      `li:member:${SALES_TOKEN}`,
    ],
    [
      `https://www.linkedin.com/sales/people/${SALES_TOKEN},NAME_SEARCH,x1Y2?_ntb=abc`,
      'sales-lead',
      `li:member:${SALES_TOKEN}`,
    ],
    [
      'https://www.linkedin.com/talent/profile/AEMAAAbCdEf0123456789?project=42',
      'talent',
      'li:talent:AEMAAAbCdEf0123456789',
    ],
    [
      'https://www.linkedin.com/talent/hire/42/discover/recruiterSearch/profile/AEMAAAbCdEf0123456789',
      'talent',
      'li:talent:AEMAAAbCdEf0123456789',
    ],
    ['https://www.linkedin.com/recruiter/profile/987654,abc,CAP', 'talent', 'li:talent:987654'],
    [
      'https://www.linkedin.com/posts/jane-doe_launch-day-activity-7123456789012345678-AbCd',
      'post',
      'li:post:7123456789012345678',
    ],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
      'post',
      'li:post:7123456789012345678',
    ],
  ])('%s → %s %s', (input, kind, key) => {
    expect(parsed(input)).toMatchObject({ kind, key });
  });

  it('takes only an author hint from a post URL', () => {
    const url = parsed(
      'https://www.linkedin.com/posts/jane-doe_launch-day-activity-7123456789012345678-AbCd?utm_source=share',
    );
    expect(url.kind === 'post' ? url.authorSlug : 'not a post').toBe('jane-doe');
    const feed = parsed('https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/');
    expect(feed.kind === 'post' ? feed.authorSlug : 'not a post').toBeUndefined();
  });

  it('flags a Sales Navigator lead as a member token without the auth suffix', () => {
    expect(parsed(`https://www.linkedin.com/sales/lead/${SALES_TOKEN},NAME_SEARCH,x1Y2`)).toMatchObject({
      isMemberToken: true,
      canonicalUrl: `https://www.linkedin.com/sales/lead/${SALES_TOKEN}`,
    });
  });
});

describe('parseLinkedInUrl: rejections', () => {
  it.each([
    ['', 'empty'],
    ['   <>  ', 'empty'],
    ['https://linkedin.com.evil.example/in/jane-doe', 'not-linkedin'],
    ['https://evil-linkedin.com/in/jane-doe', 'not-linkedin'],
    ['https://www.linkedin.com@evil.example/in/jane-doe', 'not-linkedin'],
    ['https://www.xn--linkedn-ffb.com/in/jane-doe', 'not-linkedin'],
    ['https://www.lіnkedin.com/in/jane-doe', 'not-linkedin'],
    ['https://lnkd.in/abc123', 'not-linkedin'],
    ['/in/jane-doe', 'not-linkedin', 'https://evil.example/page'],
    ['javascript:alert(1)//linkedin.com/in/x', 'unsupported-scheme'],
    ['ftp://www.linkedin.com/in/jane-doe', 'unsupported-scheme'],
    ['https://www.linkedin.com/feed/', 'unsupported-path'],
    ['https://www.linkedin.com/jobs/view/123/', 'unsupported-path'],
    ['https://www.linkedin.com/in/', 'invalid-id'],
    ['https://www.linkedin.com/in/jane%20doe', 'invalid-id'],
    ['https://www.linkedin.com/pub/dir/Jane/Doe', 'invalid-id'],
    ['https://www.linkedin.com/profile/view?id=abc', 'invalid-id'],
    ['http://[::1', 'malformed'],
  ])('%s → %s', (input, reason, base?: string) => {
    const result = parseLinkedInUrl(input, base);
    expect(result.ok ? 'accepted' : result.error.reason).toBe(reason);
  });
});

describe('parseLinkedInUrl: canonical form', () => {
  const samples = [
    'https://uk.linkedin.com/in/Jane-Doe/details/experience/?trk=x#top',
    'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4b2a1',
    `https://m.linkedin.com/in/${TOKEN}`,
    'https://www.linkedin.com/pub/jane-doe/1a/2b/3c',
    'https://www.linkedin.com/profile/view?id=123456789',
    'https://www.linkedin.com/company/Northwind-Analytics/about/',
    `https://www.linkedin.com/sales/people/${SALES_TOKEN},NAME_SEARCH,x1Y2`,
    'https://www.linkedin.com/recruiter/profile/987654,abc,CAP',
    'https://www.linkedin.com/posts/jane-doe_launch-day-activity-7123456789012345678-AbCd',
    'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
  ];

  it.each(samples)('is idempotent for %s (display and API forms)', (input) => {
    const first = parsed(input);
    expect(parsed(first.canonicalUrl)).toEqual(first);
    expect(parsed(first.apiUrl)).toEqual(first);
  });

  // Found by the property tests (issue 7): decoded post ids holding characters that re-parsing splits or trims.
  it.each([
    'https://www.linkedin.com/feed/update/jane%0Adoe',
    "https://www.linkedin.com/posts/launch'?trk=x",
    'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678:/',
    'https://www.linkedin.com/posts/half%2Fway%25done.',
    'https://www.linkedin.com/feed/update/%F0%9F%9A%80',
  ])('gives a post %s a canonical form without raw breaks or trailing junk', (input) => {
    const first = parsed(input);
    expect(first.canonicalUrl).not.toMatch(/[\s'.:]$|\s|%(?![\dA-F]{2})/);
    expect(parsed(first.canonicalUrl)).toEqual(first);
    expect(parsed(first.apiUrl)).toEqual(first);
  });

  it('keeps readable post ids readable', () => {
    expect(parsed('https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/')).toMatchObject(
      {
        canonicalUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678',
        apiUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678',
      },
    );
    expect(parsed('https://www.linkedin.com/posts/j%C3%BCrgen_launch').canonicalUrl).toBe(
      'https://www.linkedin.com/posts/jürgen_launch',
    );
  });

  it('gives a company id shaped like a member token one key on both paths', () => {
    const url = `https://www.linkedin.com/company/${TOKEN}/`;
    // A leading space skips the hot path.
    const [fast, full] = [parsed(url), parsed(` ${url}`)];
    expect(full).toEqual(fast);
    expect(fast.key).toBe(`li:company:${TOKEN.toLowerCase()}`);
    expect(parsed(fast.canonicalUrl)).toEqual(fast);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (input) => typeof parseLinkedInUrl(input).ok === 'boolean'));
    fc.assert(fc.property(fc.webUrl(), (input) => typeof parseLinkedInUrl(input).ok === 'boolean'));
  });

  it('is idempotent for arbitrary slugs', () => {
    const slug = fc.stringMatching(/^[a-zA-Z0-9À-ÿ_-]{1,30}$/);
    fc.assert(
      fc.property(slug, fc.constantFrom('in', 'company', 'school', 'showcase'), (id, route) => {
        const first = parseLinkedInUrl(`https://www.linkedin.com/${route}/${encodeURIComponent(id)}/`);
        if (!first.ok) return true;
        const again = parseLinkedInUrl(first.value.canonicalUrl);
        return (
          again.ok &&
          again.value.key === first.value.key &&
          again.value.canonicalUrl === first.value.canonicalUrl
        );
      }),
    );
  });
});

describe('parseLinkedInUrl: hot path', () => {
  it('agrees with the full parser on plain member and company hrefs', () => {
    const id = fc.stringMatching(/^[\w-]{1,40}$/);
    const route = fc.constantFrom(
      'in',
      'sales/lead',
      'sales/people',
      'company',
      'sales/company',
      'm/in',
      'mwlite/in',
    );
    const tail = fc.constantFrom('', '/', '?trk=x', '#frag', '/details/experience/', ',NAME_SEARCH,abc');
    fc.assert(
      fc.property(route, id, tail, (path, value, suffix) => {
        const url = `https://www.linkedin.com/${path}/${value}${suffix}`;
        const fast = parseLinkedInUrl(url);
        // A leading space skips the hot path; the cleaner strips it again.
        const full = parseLinkedInUrl(` ${url}`);
        return (
          JSON.stringify(fast) ===
          JSON.stringify(full.ok ? full : { ...full, error: { ...full.error, input: url } })
        );
      }),
    );
  });

  it.each([
    ['/in/jane-doe/../../company/acme/', 'li:company:acme'],
    ['/in/jane-doe/%2e%2e/x/', 'li:in:x'],
    ['/in/jane-doe/..\\..\\company\\acme', 'li:company:acme'],
  ])('resolves dot segments in %s before classifying it, as the URL parser does', (href, key) => {
    expect(parsed(href).key).toBe(key);
    expect(parsed(` ${href}`).key).toBe(key);
  });

  it('agrees with the full parser on percent-encoded (non-ASCII) and malformed ids', () => {
    const id = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((text) => encodeURIComponent(text)),
      fc.stringMatching(/^[\w%-]{1,40}$/),
    );
    const route = fc.constantFrom('in', 'sales/lead', 'company', 'sales/company', 'm/in');
    const tail = fc.constantFrom('', '/', '?trk=x', ',NAME_SEARCH,abc');
    fc.assert(
      fc.property(route, id, tail, (path, value, suffix) => {
        const url = `https://www.linkedin.com/${path}/${value}${suffix}`;
        const full = parseLinkedInUrl(` ${url}`);
        expect(parseLinkedInUrl(url)).toEqual(
          full.ok ? full : { ...full, error: { ...full.error, input: url } },
        );
      }),
    );
  });
});
