/**
 * Input generators for the property targets: hostile-looking strings, LinkedIn-ish URLs with
 * lookalike hosts and odd slugs, hosts with confusables and punycode, e-mail-ish text, and JSON
 * that carries prototype-pollution keys.
 */
import fc from 'fast-check';

/** Characters that break naive parsers: controls, bidi overrides, zero-width, confusables, surrogates. */
const NASTY_CHARS = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '%',
  '%00',
  '%2F',
  '%ZZ',
  '%E9',
  '\\',
  '/',
  '//',
  '?',
  '#',
  '@',
  ':',
  '..',
  '.',
  ',',
  ';',
  '<',
  '>',
  '"',
  "'",
  '`',
  'і',
  'ı',
  'Ꭵ',
  'ｌ',
  'ⅼ',
  '\u0301',
  'é',
  'e\u0301',
  'ß',
  'ﬁ',
  '🚀',
  '\ud800',
  '\udfff',
  'xn--',
  '--',
];

/** Strings mixing printable text with the characters above. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ maxLength: 6 })), { maxLength: 24 })
    .map((parts) => parts.join('')),
);

/** Hosts around LinkedIn: real subdomains, lookalikes, Cyrillic/fullwidth confusables, punycode. */
export const linkedinishHost: fc.Arbitrary<string> = fc.constantFrom(
  'www.linkedin.com',
  'linkedin.com',
  'uk.linkedin.com',
  'M.LinkedIn.com',
  'linkedin.com.',
  'www.linkedin.com:443',
  'linkedіn.com',
  'www.linkedіn.com',
  'xn--linkedn-wog.com',
  'ｌinkedin.com',
  'linkedin.com.evil.example',
  'evil-linkedin.com',
  'linkedin.co',
  'linkedin.com@evil.example',
  'user:pass@www.linkedin.com',
  'www.linkedin.com%2F.evil.example',
  '127.0.0.1',
  '[::1]',
  'xn--',
  'a..linkedin.com',
  'lnkd.in',
);

const slug: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
  fc.constantFrom(
    'jos%C3%A9-garc%C3%ADa-336e43',
    'ACoAAivumnzNW679CijbKjThZ',
    '%ZZ',
    '..',
    '%2e%2e',
    'a'.repeat(2000),
    'jane%0Adoe',
    'ĳ',
  ),
  nastyString,
);

/** URL-like input a user could paste or a page could link to. */
export const linkedinishUrl: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      scheme: fc.constantFrom(
        'https://',
        'http://',
        '//',
        '',
        'javascript:',
        'HTTPS://',
        'ftp://',
        'data:text/html,',
      ),
      host: linkedinishHost,
      route: fc.constantFrom(
        '/in/',
        '/m/in/',
        '/pub/',
        '/company/',
        '/school/',
        '/sales/lead/',
        '/sales/people/',
        '/talent/profile/',
        '/posts/',
        '/feed/update/',
        '/profile/view?id=',
        '/IN/',
        '/',
      ),
      slug,
      tail: fc.constantFrom(
        '',
        '/',
        '/details/experience/',
        '?trk=x',
        '#top',
        ',NAME_SEARCH',
        '/?miniProfileUrn=urn%3Ali%3Afs',
      ),
      wrap: fc.constantFrom(['', ''], ['<', '>'], ['"', '"'], ['(', ')'], [' ', '.\n']),
    })
    .map(
      ({ scheme, host, route, slug: id, tail, wrap }) =>
        `${wrap[0]}${scheme}${host}${route}${id}${tail}${wrap[1]}`,
    ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  nastyString,
);

/** Host names and page URLs for the domain detector. */
export const hostish: fc.Arbitrary<string> = fc.oneof(
  fc.domain(),
  linkedinishHost,
  fc.constantFrom(
    'acme.github.io',
    'münchen.de',
    'xn--mnchen-3ya.de',
    'EXAMPLE.COM.',
    'localhost',
    'a.localhost',
    '192.168.0.1',
    '0x7f.1',
    'co.uk',
    'com',
    'аpple.com',
    'xn--pple-43d.com',
  ),
  nastyString,
);

/** Page URLs (any scheme) for `siteDomainOf`. */
export const pageUrlish: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostish.map((host) => `https://${host}/`),
  fc.constantFrom(
    'chrome://extensions',
    'about:blank',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    'javascript:alert(1)',
    'data:,x',
  ),
  nastyString,
);

/** E-mail-like strings: real shapes, near misses and junk. */
export const emailish: fc.Arbitrary<string> = fc.oneof(
  fc.emailAddress(),
  fc
    .record({ local: fc.oneof(fc.stringMatching(/^[a-z0-9._%+'-]{1,20}$/), nastyString), domain: hostish })
    .map(({ local, domain }) => `${local}@${domain}`),
  fc.constantFrom(
    'mailto:Jane@Example.com',
    'jane@@example.com',
    '@example.com',
    'jane@',
    'logo@2x.png',
    'a..b@example.com',
    'jane@linkedіn.com',
    'x'.repeat(300) + '@example.com',
    '"a b"@example.com',
    'jane@example.com.',
  ),
  nastyString,
);

/** JSON values that sometimes carry `__proto__`, `constructor` or `prototype` keys at any depth. */
export const hostileJson: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc
      .jsonValue({ maxDepth: 2 })
      .map(
        (value) =>
          JSON.parse(
            `{"__proto__":${JSON.stringify(value)},"constructor":{"prototype":{"polluted":true}}}`,
          ) as unknown,
      ),
  )
  .map((value) => value);

/** Names of keys no schema declares, including prototype-pollution names. */
export const strayKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'admin', 'token', 'accessToken', 'toString'),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => `x_${key}`),
);
