// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailListData } from '../../../../lib/detect/mail-list-data';
import { createMailLists } from '../../../../lib/detect/mail-lists';
import { collectPageEvidence } from '../../../../lib/detect/page-evidence';
import { rankCandidates } from '../../../../lib/detect/rank-candidates';
import { parseFixture, readFixture } from './fixtures';

interface KnownAnswer {
  pageUrl: string;
  topDomain: string;
  domains: string[];
  companyEmails: string[];
  freeMailEmails: string[];
  disposableEmails: string[];
  linkedInCompanies: string[];
}

const knownAnswers = Object.entries(
  JSON.parse(readFixture('pages/known-answers.json')) as Record<string, KnownAnswer>,
);
const lists = createMailLists(mailListData);

function rank(file: string, pageUrl: string) {
  return rankCandidates(collectPageEvidence(parseFixture(`pages/${file}`), pageUrl), lists);
}

describe('company page fixtures', () => {
  it.each(knownAnswers)('%s matches its known answers', (file, answer) => {
    const ranking = rank(file, answer.pageUrl);
    expect(ranking.candidates[0]?.domain).toBe(answer.topDomain);
    expect(ranking.candidates.map((candidate) => candidate.domain).sort()).toEqual(
      [...answer.domains].sort(),
    );
    const company = ranking.emails
      .filter((email) => !email.isFreeMail && !email.isDisposable)
      .map((email) => email.address);
    expect(company.sort()).toEqual(answer.companyEmails);
    expect(ranking.emails.filter((email) => email.isFreeMail).map((email) => email.address)).toEqual(
      answer.freeMailEmails,
    );
    expect(ranking.emails.filter((email) => email.isDisposable).map((email) => email.address)).toEqual(
      answer.disposableEmails,
    );
    expect(ranking.linkedInCompanies.map((company) => company.canonicalUrl)).toEqual(
      answer.linkedInCompanies,
    );
  });

  it.each(knownAnswers)('%s gives the same answers when served from 127.0.0.1', (file, answer) => {
    const ranking = rank(file, `http://127.0.0.1:4173/${file}`);
    expect(ranking.candidates[0]?.domain).toBe(answer.topDomain);
    expect(
      ranking.candidates.some((candidate) => candidate.evidence.some((item) => item.kind === 'page-host')),
    ).toBe(false);
    expect(ranking.emails.length).toBeGreaterThan(0);
  });

  it('records where each address was found and how', () => {
    const evidence = collectPageEvidence(
      parseFixture('pages/northwind-analytics.html'),
      'https://www.northwind-analytics.example/about',
    );
    expect(evidence.emails).toEqual(
      expect.arrayContaining([
        { address: 'hello@northwind-analytics.example', source: 'json-ld', region: 'metadata' },
        { address: 'hello@northwind-analytics.example', source: 'mailto', region: 'header' },
        { address: 'privacy@northwind-analytics.example', source: 'cf-email', region: 'main' },
        { address: 'billing@northwind-analytics.example', source: 'text', region: 'address' },
        { address: 'careers@northwind-analytics.example', source: 'text', region: 'footer' },
      ]),
    );
    expect(evidence.emails.map((email) => email.address)).not.toContain('tracking@analytics-vendor.example');
    expect(evidence.emails.map((email) => email.address)).not.toContain('logo@2x.png');
  });

  it('keeps the hosted tenant as a flagged candidate', () => {
    const ranking = rank('fabrikam-robotics-blog.html', 'https://fabrikam-robotics.github.io/blog/planner');
    expect(
      ranking.candidates.find((candidate) => candidate.domain === 'fabrikam-robotics.github.io'),
    ).toMatchObject({ hostedPlatform: true });
  });

  it('never makes a free-mail domain a candidate, even when it is the only e-mail', () => {
    const ranking = rank(
      'contoso-maschinenbau-impressum.html',
      'https://www.contoso-maschinenbau.example/impressum',
    );
    expect(ranking.candidates.map((candidate) => candidate.domain)).not.toContain('web.de');
  });
});

describe('collectPageEvidence on hostile input', () => {
  it('never throws on arbitrary markup, JSON-LD or hrefs', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.json().map((json) => `<script type="application/ld+json">${json}</script>`),
      fc
        .string()
        .map(
          (href) =>
            `<a href="mailto:${href}">x</a><a href="/cdn-cgi/l/email-protection#${href}">y</a><span data-cfemail="${href}"></span>`,
        ),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), fc.string(), (parts, pageUrl) => {
        const document = new DOMParser().parseFromString(parts.join(''), 'text/html');
        const ranking = rankCandidates(collectPageEvidence(document, pageUrl), lists);
        return Array.isArray(ranking.candidates);
      }),
      { numRuns: 150 },
    );
  });

  it('ignores Organization types it does not know and caps deep JSON-LD', () => {
    const nested = JSON.stringify({
      '@type': 'Organization',
      url: 'https://deep.example',
      child: Array.from({ length: 600 }, () => ({ '@type': 'Organization', url: 'https://spam.example' })),
    });
    const document = new DOMParser().parseFromString(
      `<script type="application/ld+json">${nested}</script><script type="application/ld+json">{"@type":"Person","url":"https://person.example"}</script>`,
      'text/html',
    );
    const evidence = collectPageEvidence(document, 'about:blank');
    expect(evidence.organizations.length).toBeLessThan(500);
    expect(evidence.organizations.flatMap((org) => org.urls)).not.toContain('https://person.example');
  });
});
