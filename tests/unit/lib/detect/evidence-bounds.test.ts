// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseHost } from '../../../../lib/detect/host';
import { MAX_EMAILS } from '../../../../lib/detect/evidence-bounds';
import { collectPageEvidence } from '../../../../lib/detect/page-evidence';

// Bounds and hot paths found by `npm run bench` (bench/detect): a team directory with many member links and
// addresses must not lose the company link in its footer, and the ASCII host fast path must agree with
// the URL parser it skips.
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('collectPageEvidence bounds', () => {
  it('keeps the footer company link after hundreds of member links', () => {
    const members = Array.from(
      { length: 300 },
      (_, index) => `<a href="https://www.linkedin.com/in/member-${index}/">m</a>`,
    ).join('');
    const evidence = collectPageEvidence(
      page(
        `<main>${members}</main><footer><a href="https://www.linkedin.com/company/acme/">Acme</a></footer>`,
      ),
      'https://acme.example/team',
    );
    expect(evidence.linkedInLinks[0]).toBe('https://www.linkedin.com/company/acme/');
    expect(evidence.linkedInLinks).toHaveLength(50);
  });

  it('collects up to the wire bound of 5,000 sightings', () => {
    const addresses = Array.from({ length: 5100 }, (_, index) => `<p>person${index}@acme.example</p>`).join(
      '',
    );
    const emails = collectPageEvidence(page(`<main>${addresses}</main>`), 'https://acme.example/').emails;
    expect(emails).toHaveLength(MAX_EMAILS);
    expect(MAX_EMAILS).toBe(5000);
    expect(emails.at(-1)?.address).toBe('person4999@acme.example');
  });

  it('counts a Cloudflare payload nested in its own link as one sighting', () => {
    const hex = [0x42, ...new TextEncoder().encode('ada@acme.example').map((byte) => byte ^ 0x42)]
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('');
    const evidence = collectPageEvidence(
      page(
        `<main><a href="/cdn-cgi/l/email-protection#${hex}"><span data-cfemail="${hex}">[email protected]</span></a></main>` +
          `<footer><span data-cfemail="${hex}">[email protected]</span></footer>`,
      ),
      'https://acme.example/',
    );
    expect(evidence.emails).toEqual([
      { address: 'ada@acme.example', source: 'cf-email', region: 'main' },
      { address: 'ada@acme.example', source: 'cf-email', region: 'footer' },
    ]);
  });

  it('reports the most specific landmark, by element or role', () => {
    const evidence = collectPageEvidence(
      page(
        '<footer><address><a href="mailto:a@acme.example">a</a></address></footer>' +
          '<div role="contentinfo"><header><a href="mailto:b@acme.example">b</a></header></div>' +
          '<div role="main"><a href="mailto:c@acme.example">c</a></div><a href="mailto:d@acme.example">d</a>',
      ),
      'https://acme.example/',
    );
    expect(evidence.emails.map((email) => [email.address, email.region])).toEqual([
      ['a@acme.example', 'address'],
      ['b@acme.example', 'footer'],
      ['c@acme.example', 'main'],
      ['d@acme.example', 'body'],
    ]);
  });
});

describe('normaliseHost fast path', () => {
  const viaUrl = (host: string): string | undefined => {
    const trimmed = host.trim().toLowerCase().replace(/\.$/, '');
    try {
      return new URL(`http://${trimmed}/`).hostname;
    } catch {
      return undefined;
    }
  };

  it('agrees with the URL parser on ASCII hosts', () => {
    const label = fc.stringMatching(/^[a-z\d-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels) => {
        const host = labels.join('.');
        expect(normaliseHost(host)).toBe(viaUrl(host));
      }),
    );
  });

  it.each(['1.2.3.4', '0x7f.1', 'xn--nxasmq6b.example', 'xn--zz.example', 'Bücher.example', 'ACME.Example.'])(
    'still parses %s through the URL parser',
    (host) => {
      expect(normaliseHost(host)).toBe(viaUrl(host));
    },
  );
});
