import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainOfHost, isSocialDomain, siteDomainOf } from '../../../../lib/detect/domain';

describe('siteDomainOf', () => {
  it.each([
    ['https://www.northwind-analytics.example/about', 'northwind-analytics.example', false],
    ['https://shop.tailspin-toys.co.uk/basket', 'tailspin-toys.co.uk', false],
    ['https://www.wingtip.com.au/', 'wingtip.com.au', false],
    ['https://portal.adatum.gov.uk/', 'adatum.gov.uk', false],
    ['http://blog.litware.co.jp:8080/x', 'litware.co.jp', false],
    ['https://fabrikam-robotics.github.io/blog/', 'fabrikam-robotics.github.io', true],
    ['https://contoso-notes.blogspot.com/', 'contoso-notes.blogspot.com', true],
    ['https://proseware.netlify.app/', 'proseware.netlify.app', true],
    ['https://www.münchen-gmbh.example/', 'xn--mnchen-gmbh-thb.example', false],
    ['https://www.xn--mnchen-gmbh-thb.example/', 'xn--mnchen-gmbh-thb.example', false],
    ['https://WWW.Northwind-Analytics.EXAMPLE./', 'northwind-analytics.example', false],
  ])('%s → %s (hosted: %s)', (url, domain, hostedPlatform) => {
    expect(siteDomainOf(url)).toMatchObject({ ok: true, value: { domain, hostedPlatform, isSocial: false } });
  });

  it.each([
    ['chrome://extensions/', 'not-web'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'not-web'],
    ['moz-extension://1234/options.html', 'not-web'],
    ['file:///home/user/company.html', 'not-web'],
    ['about:blank', 'not-web'],
    ['http://127.0.0.1:4173/northwind-analytics.html', 'ip'],
    ['http://[::1]:8080/', 'ip'],
    ['http://192.168.1.10/', 'ip'],
    ['http://localhost:3000/', 'localhost'],
    ['http://app.localhost/', 'localhost'],
    ['http://intranet/wiki', 'no-registrable-domain'],
    ['not a url', 'malformed'],
  ])('%s yields no candidate (%s)', (url, reason) => {
    expect(siteDomainOf(url)).toEqual({ ok: false, error: reason });
  });

  it.each([
    'https://www.linkedin.com/company/northwind-analytics/',
    'https://de.linkedin.com/in/jane-doe',
    'https://www.facebook.com/northwind',
    'https://x.com/northwind',
    'https://twitter.com/northwind',
    'https://github.com/northwind-analytics',
    'https://medium.com/@northwind',
    'https://www.crunchbase.com/organization/northwind',
    'https://www.youtube.com/@northwind',
    'https://www.instagram.com/northwind/',
    'https://www.google.co.uk/search?q=northwind',
    'https://www.google.com/maps',
    'https://en.wikipedia.org/wiki/Northwind',
  ])('flags the platform %s as social', (url) => {
    expect(siteDomainOf(url)).toMatchObject({ ok: true, value: { isSocial: true } });
  });
});

describe('domainOfHost', () => {
  it('treats a hosted tenant on a social platform as the tenant’s', () => {
    expect(domainOfHost('northwind.github.io')).toMatchObject({
      ok: true,
      value: { domain: 'northwind.github.io', isSocial: false, hostedPlatform: true },
    });
  });

  it('rejects hosts with spaces or paths', () => {
    expect(domainOfHost('evil.example/path').ok).toBe(false);
    expect(domainOfHost('a b.example').ok).toBe(false);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (input) => typeof domainOfHost(input).ok === 'boolean' && typeof siteDomainOf(input).ok === 'boolean',
      ),
    );
  });

  it('does not treat a company whose name contains a brand as social', () => {
    expect(isSocialDomain('googleplex-catering.example')).toBe(false);
    expect(isSocialDomain('linkedin-coach.example')).toBe(false);
  });
});
