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

  it('finds plain and bracket-obfuscated addresses in text, not prose', () => {
    expect(
      findEmailsInText(
        'Write to info(at)contoso.example or billing [at] northwind [dot] example, not me at home.',
      ),
    ).toEqual(['info@contoso.example', 'billing@northwind.example']);
  });
});
