import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLinkedInLink } from '../../../../../lib/detect/linkedin/url-link';
import { parseLinkedInUrl } from '../../../../../lib/detect/linkedin/urls';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
const TOKEN = 'ACwAAAbCdEf0123456789XyZ';

describe('readLinkedInLink', () => {
  it.each([
    ['/in/Jane-Doe/?miniProfileUrn=x', SEARCH, 'li:in:jane-doe'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', undefined, 'li:in:jürgen-müller'],
    ['https://de.linkedin.com/in/jane.doe', undefined, 'li:in:jane.doe'],
    ['https://www.linkedin.com/in/jürgen', undefined, 'li:in:jürgen'],
    ['HTTPS://WWW.LINKEDIN.COM:443/M/IN/jane-doe', undefined, 'li:in:jane-doe'],
    ['/in/x/../jane-doe', SEARCH, 'li:in:jane-doe'],
    [`/sales/lead/${TOKEN},NAME_SEARCH,x1Y2`, SEARCH, `li:member:${TOKEN}`],
    [
      '/talent/hire/42/discover/profile/AEMAAAbCdEf0123456789?project=1',
      SEARCH,
      'li:talent:AEMAAAbCdEf0123456789',
    ],
    ['/recruiter/profile/987654,abc,CAP', SEARCH, 'li:talent:987654'],
    ['/company/Northwind/people/', SEARCH, 'li:company:northwind'],
    ['https://www.linkedin.com/sales/company/1234', 'https://evil.example/', 'li:company:1234'],
    // The plain-link shortcut: lowercase ASCII slugs, absolute or relative, with a query or hash after.
    [
      'https://www.linkedin.com/in/ada-lindqvist-0b7?miniProfileUrn=urn%3Ali',
      undefined,
      'li:in:ada-lindqvist-0b7',
    ],
    ['/in/ada-lindqvist-0b7/', SEARCH, 'li:in:ada-lindqvist-0b7'],
    ['/company/northwind-analytics/#top', SEARCH, 'li:company:northwind-analytics'],
    ['https://www.linkedin.com/company/1234', 'https://evil.example/', 'li:company:1234'],
  ])('%s (on %s) → %s', (href, base, key) => {
    expect(readLinkedInLink(href, base)?.key).toBe(key);
  });

  it.each([
    ['/in/jane-doe', 'https://evil.example/'],
    ['https://linkedin.com.evil.example/in/jane-doe', SEARCH],
    ['javascript:alert(1)//linkedin.com/in/x', SEARCH],
    ['/in/', SEARCH],
    ['/in/jane,x', SEARCH],
    ['/in/..', SEARCH],
    ['/school/example-university/', SEARCH],
    ['/posts/jane-doe_launch-activity-7123456789012345678-AbCd', SEARCH],
    ['/feed/', SEARCH],
    ['http://[::1', SEARCH],
    ['/company/northwind', 'https://evil.example/'],
    [`/in/a${'b'.repeat(120)}`, SEARCH],
  ])('refuses %s (on %s)', (href, base) => {
    expect(readLinkedInLink(href, base)).toBeUndefined();
  });

  // The content script's reader must never disagree with the parser the background and the popup use.
  it('accepts only what parseLinkedInUrl accepts, with the same answer', () => {
    const prefix = fc.constantFrom(
      '',
      'https://www.linkedin.com',
      'http://linkedin.com',
      'https://uk.linkedin.com:443',
      'HTTPS://WWW.LINKEDIN.COM',
      '//www.linkedin.com',
      'https://evil.example',
      ' ',
    );
    const route = fc.constantFrom(
      '/in/',
      '/IN/',
      '/m/in/',
      '/mwlite/in/',
      '/company/',
      '/sales/company/',
      '/sales/lead/',
      '/sales/people/',
      '/talent/profile/',
      '/talent/hire/1/profile/',
      '/recruiter/x/profile//profile/',
      '/school/',
      '/posts/',
      '/pub/',
      '/in//',
    );
    const id = fc.oneof(
      fc.stringMatching(/^[\w.~%-]{1,20}$/),
      // What the plain-link shortcut takes, and its edges (a leading hyphen, a capital, a dot).
      fc.stringMatching(/^[a-z\d-][a-z\d.A-Z-]{0,12}$/),
      fc.constantFrom(TOKEN, 'j%C3%BCrgen', 'jürgen', '..', '.', '%2e', 'a%ZZ', 'x'.repeat(130)),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => encodeURIComponent(text)),
    );
    const tail = fc.constantFrom(
      '',
      '/',
      '?trk=x',
      '#top',
      ',NAME_SEARCH,x',
      '/../company/y',
      '/./z',
      '\\w',
      ' ',
      ')',
    );
    const base = fc.constantFrom(undefined, SEARCH, 'https://evil.example/page');
    const href = fc.tuple(prefix, route, id, tail).map((parts) => parts.join(''));
    fc.assert(
      fc.property(href, base, (input, page) => {
        const link = readLinkedInLink(input, page);
        if (link === undefined) return;
        const full = parseLinkedInUrl(input, page);
        expect(full.ok ? full.value : full.error).toEqual(link);
      }),
      { numRuns: 3000 },
    );
  });
});
