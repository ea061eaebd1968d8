// @vitest-environment happy-dom
/**
 * Hand-picked hostile inputs (issue 7 §2): huge pages, deep DOM, a 10 MB text node, prototype-
 * pollution keys, Unicode confusables in hosts, 2,000-character slugs and CSV formulae. Each must
 * finish, stay within the wire bounds, and never change behaviour for the worse.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateLinkedInProfileUrl } from '../../../lib/api/validate';
import { BalanceSchema } from '../../../lib/api/schemas/balance';
import { prospectsToCsv } from '../../../lib/csv';
import { domainOfHost, siteDomainOf } from '../../../lib/detect/domain';
import { findEmailsInText, normaliseEmail } from '../../../lib/detect/emails';
import { MAX_EMAILS } from '../../../lib/detect/evidence-bounds';
import { parseLinkedInUrl } from '../../../lib/detect/linkedin/urls';
import { collectPageEvidence } from '../../../lib/detect/page-evidence';
import { guardMessage } from '../../../lib/messaging/guard';
import { payloadSchemas, senderPolicy } from '../../../lib/messaging/protocol';
import { PageEvidenceSchema, toEvidenceReport } from '../../../lib/messaging/protocol/page';
import { parseSettings } from '../../../lib/storage/settings-schema';
import type { Prospect } from '../../../lib/messaging/protocol';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const page = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const content = { id: 'ours', url: 'https://acme.example/', tab: { id: 1 }, frameId: 0 };
const rules = { payloadSchemas, senderPolicy };

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** The page's evidence goes over the wire and through the guard like the real detection script's. */
function reportOf(document: Document, url = 'https://acme.example/team') {
  const report = toEvidenceReport(collectPageEvidence(document, url));
  expect(v.is(PageEvidenceSchema, report)).toBe(true);
  expect(guardMessage({ type: 'reportPageEvidence', data: report, sender: content }, rules, self).ok).toBe(
    true,
  );
  return report;
}

function isPolluted(): boolean {
  return Reflect.get(Object.prototype, 'polluted') !== undefined;
}

describe('huge and deep pages', () => {
  it('a page with 20,000 links and 6,000 addresses stays within the wire bounds', () => {
    const links = Array.from(
      { length: 20_000 },
      (_, i) => `<a href="https://www.linkedin.com/in/member-${i}/">m${i}</a>`,
    ).join('');
    const mails = Array.from(
      { length: 6_000 },
      (_, i) => `<a href="mailto:person${i}@acme.example">p</a>`,
    ).join('');
    const report = reportOf(doc(`<main>${links}${mails}</main><footer>sales@acme.example</footer>`));
    expect(report.emails).toHaveLength(MAX_EMAILS);
    expect(report.linkedInLinks.length).toBeLessThanOrEqual(500);
  });

  // 1,500 levels: happy-dom's own querySelectorAll recurses once per level and overflows near 2,000
  // (Chromium's does not); the detector itself walks ancestors iteratively.
  it('a DOM nested 1,500 levels deep is read without a stack overflow', () => {
    const document = doc('');
    let parent: HTMLElement = document.body;
    for (let depth = 0; depth < 1_500; depth++) {
      const child = document.createElement(depth % 2 === 0 ? 'div' : 'section');
      parent.append(child);
      parent = child;
    }
    parent.append(document.createTextNode('deep@acme.example'));
    expect(reportOf(document).emails.map((email) => email.address)).toContain('deep@acme.example');
  });

  it('a 10 MB text node is scanned in one pass and yields its addresses', () => {
    const filler = 'lorem ipsum dolor sit amet @ . at [dot] '.repeat(262_144).slice(0, 10 * 1024 * 1024);
    expect(filler.length).toBe(10 * 1024 * 1024);
    const found = findEmailsInText(`first@acme.example ${filler} last@acme.example`);
    expect(found).toEqual(['first@acme.example', 'last@acme.example']);
    const document = doc('');
    document.body.append(document.createTextNode(`${filler} info@acme.example`));
    expect(reportOf(document).emails.map((email) => email.address)).toContain('info@acme.example');
  }, 60_000);
});

describe('prototype-pollution keys', () => {
  const hostile = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}';

  it('JSON-LD with __proto__ keys neither pollutes nor breaks detection', () => {
    const ld = `<script type="application/ld+json">${hostile},"@type":"Organization","email":"ld@acme.example"}</script>`;
    reportOf(doc(ld));
    expect(isPolluted()).toBe(false);
  });

  it('an API answer with __proto__ keys parses (or is refused) without pollution', () => {
    const parsed = v.safeParse(
      BalanceSchema,
      JSON.parse(
        `${hostile},"success":true,"data":{"balance":"10.00","teamwork":false,"unique_recipients_used":1,"limit_resets_in":3,"expires_in":4}}`,
      ),
    );
    expect(typeof parsed.success).toBe('boolean');
    expect(isPolluted()).toBe(false);
  });

  it('stored settings with __proto__ keys read back as defaults, unpolluted', () => {
    const settings = parseSettings(JSON.parse(`${hostile},"baseUrl":"https://api.snov.io"}`));
    expect(settings.baseUrl).toBe('https://api.snov.io');
    expect(isPolluted()).toBe(false);
  });

  it('a message keyed __proto__ or with a __proto__ payload is refused', () => {
    expect(guardMessage({ type: '__proto__', data: {}, sender: page }, rules, self).ok).toBe(false);
    const data: unknown = JSON.parse(`${hostile},"urls":["https://www.linkedin.com/in/jane-doe"]}`);
    expect(guardMessage({ type: 'enrichProfiles', data, sender: page }, rules, self).ok).toBe(false);
    expect(isPolluted()).toBe(false);
  });
});

describe('Unicode confusables in hosts', () => {
  it.each([
    'https://www.linkedіn.com/in/jane-doe', // Cyrillic і
    'https://www.xn--linkedn-wog.com/in/jane-doe', // its punycode
    'https://www.ｌinkedin.com/in/jane-doe', // fullwidth l becomes plain ASCII: a real LinkedIn host
    'https://linkedin.com.evil.example/in/jane-doe',
    'https://www.linkedin.com@evil.example/in/jane-doe',
    'https://evil.example\\@www.linkedin.com/in/jane-doe',
  ])('%s is LinkedIn only when its host really is', (input) => {
    const parsed = parseLinkedInUrl(input);
    const host = new URL(input.replace('\\', '/')).hostname;
    expect(parsed.ok).toBe(host === 'www.linkedin.com');
  });

  it('lookalike company hosts resolve to their own punycode domain, never the brand', () => {
    const lookalike = siteDomainOf('https://www.аpple.com/about'); // Cyrillic а
    expect(lookalike.ok && lookalike.value.domain).toBe('xn--pple-43d.com');
    expect(domainOfHost('xn--pple-43d.com')).toMatchObject({
      ok: true,
      value: { domain: 'xn--pple-43d.com' },
    });
    expect(normaliseEmail('jane@linkedіn.com')).toBe('jane@xn--linkedn-wog.com');
  });
});

describe('2,000-character slugs', () => {
  const long = `https://www.linkedin.com/in/${'a'.repeat(2000)}`;

  it('are not profiles, and the client refuses them before any request', () => {
    expect(parseLinkedInUrl(long)).toMatchObject({ ok: false, error: { reason: 'invalid-id' } });
    expect(validateLinkedInProfileUrl(long)).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });

  it('pass the message bound at 2,048 characters and are refused past it', () => {
    expect(
      guardMessage({ type: 'enrichProfiles', data: { urls: [long] }, sender: page }, rules, self).ok,
    ).toBe(true);
    expect(
      guardMessage(
        { type: 'enrichProfiles', data: { urls: [`${long}${'a'.repeat(100)}`] }, sender: page },
        rules,
        self,
      ).ok,
    ).toBe(false);
  });
});

describe('CSV formulae in names', () => {
  const payloads = [
    '=HYPERLINK("http://evil.example","x")',
    '+SUM(1,2)',
    '-2+3',
    '@cmd',
    '\t=1+1',
    '\r=1+1',
    "=cmd|' /C calc'!A0",
  ];

  it.each(payloads)('%j is exported as text', (payload) => {
    const prospect: Prospect = {
      key: 'k',
      name: payload,
      firstName: payload,
      company: payload,
      position: payload,
      emails: [],
    };
    const [, row = []] = Papa.parse<string[]>(prospectsToCsv([prospect]).replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    for (const cell of [row[0], row[1], row[3], row[4]]) expect(cell?.startsWith("'")).toBe(true);
  });
});
