import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCloudflareEmail,
  findEmailsInText,
  normaliseEmail,
  parseMailto,
} from '../../../../lib/detect/emails';

describe('emails', () => {
  it.each([
    ['Info@Northwind-Analytics.EXAMPLE', 'info@northwind-analytics.example'],
    ['mailto:sales@northwind-analytics.example', 'sales@northwind-analytics.example'],
    ['kontakt@münchen-gmbh.example', 'kontakt@xn--mnchen-gmbh-thb.example'],
    ["first.o'brien+tag@adatum.co.uk.", "first.o'brien+tag@adatum.co.uk"],
    ['logo@2x.png', undefined],
    ['@example.com', undefined],
    ['a..b@example.com', undefined],
    ['no-at-sign.example', undefined],
  ])('normaliseEmail(%s) → %s', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it.each([
    [
      'mailto:Press@Northwind-Analytics.example?subject=Press%20enquiry',
      ['press@northwind-analytics.example'],
    ],
    ['mailto:vertrieb%40contoso-maschinenbau.example', ['vertrieb@contoso-maschinenbau.example']],
    [
      'mailto:a@litware.example,b@litware.example?cc=c@litware.example',
      ['a@litware.example', 'b@litware.example'],
    ],
    ['mailto:%E0%A4%A', []],
    ['https://northwind.example/contact', []],
  ])('parseMailto(%s)', (href, expected) => {
    expect(parseMailto(href)).toEqual(expected);
  });

  it('decodes Cloudflare-protected addresses and rejects garbage', () => {
    expect(
      decodeCloudflareEmail('5a2a28332c3b39231a3435282e322d33343e773b343b36232e333929743f223b372a363f'),
    ).toBe('privacy@northwind-analytics.example');
    expect(decodeCloudflareEmail('zz')).toBeUndefined();
    expect(decodeCloudflareEmail('5a')).toBeUndefined();
  });

  it('decodes non-ASCII and over-long Cloudflare payloads through the UTF-8 decoder', () => {
    const hex = (text: string, key = 0x42) =>
      [key, ...new TextEncoder().encode(text)]
        .map((byte, index) => (index === 0 ? byte : byte ^ key).toString(16).padStart(2, '0'))
        .join('');
    expect(decodeCloudflareEmail(hex('kontakt@münchen.example'))).toBe('kontakt@xn--mnchen-3ya.example');
    expect(decodeCloudflareEmail(`42${'82'.repeat(3)}`)).toBeUndefined();
    // Past any argument-count limit of a spread: the decoder takes it.
    const long = `${'a'.repeat(300_000)}@acme.example`;
    expect(decodeCloudflareEmail(hex(long))).toBe(long);
  });

  // The ASCII fast path must find exactly what the Unicode pattern finds.
  it('finds the same addresses in ASCII text as the Unicode pattern', () => {
    const unicode = /[\w.%+'-]+@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,24}/gu;
    const reference = (text: string) =>
      [...text.matchAll(unicode)].flatMap((match) => normaliseEmail(match[0]) ?? []);
    const piece = fc.oneof(
      fc.constantFrom('a', 'Z', '9', '_', '.', '-', '@', ' ', '+', "'", '%', 'com', 'x.io', '\n'),
      fc.string({ unit: 'binary-ascii', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        // Without brackets, so only the plain pattern answers.
        const text = parts.join('').replace(/[[\]()]/g, '');
        expect(findEmailsInText(text)).toEqual(reference(text));
      }),
    );
  });

  it('finds plain and bracket-obfuscated addresses in text, not prose', () => {
    expect(
      findEmailsInText(
        'Write to info(at)contoso.example or billing [at] northwind [dot] example, not me at home.',
      ),
    ).toEqual(['info@contoso.example', 'billing@northwind.example']);
  });
});
