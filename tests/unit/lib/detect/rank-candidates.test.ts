import { describe, expect, it } from 'vitest';
import type { PageEvidence } from '../../../../lib/detect/page-evidence';
import { rankCandidates, type MailLists } from '../../../../lib/detect/rank-candidates';

// A tiny fake keeps these tests independent of the big lists (mail-lists.test.ts covers those).
const lists: MailLists = {
  isFreeMail: (domain) => ['gmail.com', 'web.de', 'yahoo.co.uk'].includes(domain),
  isDisposable: (domain) => domain === 'mailinator.com',
};

function evidence(overrides: Partial<PageEvidence>): PageEvidence {
  return {
    pageUrl: 'https://www.northwind.example/',
    organizations: [],
    emails: [],
    linkedInLinks: [],
    ...overrides,
  };
}

function domains(input: PageEvidence): string[] {
  return rankCandidates(input, lists).candidates.map((candidate) => candidate.domain);
}

describe('rankCandidates', () => {
  it.each([
    ['the page host alone', evidence({}), ['northwind.example']],
    ['a multi-part TLD', evidence({ pageUrl: 'https://shop.tailspin-toys.co.uk/' }), ['tailspin-toys.co.uk']],
    [
      'an IDN host, in punycode',
      evidence({ pageUrl: 'https://www.münchen-gmbh.example/' }),
      ['xn--mnchen-gmbh-thb.example'],
    ],
    [
      'no site candidate on localhost',
      evidence({
        pageUrl: 'http://localhost:5173/',
        emails: [{ address: 'info@northwind.example', source: 'mailto', region: 'footer' }],
      }),
      ['northwind.example'],
    ],
    ['nothing on a social page', evidence({ pageUrl: 'https://www.facebook.com/northwind' }), []],
    [
      'free-mail and disposable e-mails never count',
      evidence({
        emails: [
          { address: 'a@gmail.com', source: 'mailto', region: 'main' },
          { address: 'b@mailinator.com', source: 'text', region: 'main' },
          { address: 'c@yahoo.co.uk', source: 'text', region: 'main' },
        ],
      }),
      ['northwind.example'],
    ],
    [
      'a free-mail provider’s own site is still its own candidate',
      evidence({ pageUrl: 'https://web.de/impressum' }),
      ['web.de'],
    ],
    [
      'JSON-LD url beats the page host',
      evidence({
        pageUrl: 'https://northwind.netlify.app/',
        organizations: [
          { type: 'Organization', urls: ['https://northwind.example'], emails: [], sameAs: [] },
        ],
      }),
      ['northwind.example', 'northwind.netlify.app'],
    ],
    [
      'e-mails at a social domain never count',
      evidence({ emails: [{ address: 'noreply@github.com', source: 'text', region: 'footer' }] }),
      ['northwind.example'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(domains(input)).toEqual(expected);
  });

  it('caps repeated evidence of one kind', () => {
    const many = Array.from({ length: 10 }, (_, index) => ({
      address: `person${index}@adatum.example`,
      source: 'mailto' as const,
      region: 'main' as const,
    }));
    const [top] = rankCandidates(evidence({ pageUrl: 'http://127.0.0.1/', emails: many }), lists).candidates;
    expect(top).toMatchObject({ domain: 'adatum.example', score: 4 });
    expect(top?.evidence).toHaveLength(10);
  });

  it('merges sightings of one address and keeps LinkedIn company pages only', () => {
    const ranking = rankCandidates(
      evidence({
        emails: [
          { address: 'hi@northwind.example', source: 'mailto', region: 'header' },
          { address: 'hi@northwind.example', source: 'text', region: 'footer' },
        ],
        organizations: [
          {
            type: 'Organization',
            urls: ['not a url ::'],
            emails: [],
            sameAs: ['https://www.linkedin.com/company/northwind/', 'https://www.linkedin.com/in/jane-doe'],
          },
        ],
        linkedInLinks: [
          'https://uk.linkedin.com/company/Northwind',
          'https://www.linkedin.com/school/northwind-academy/',
        ],
      }),
      lists,
    );
    expect(ranking.emails).toEqual([
      {
        address: 'hi@northwind.example',
        domain: 'northwind.example',
        isFreeMail: false,
        isDisposable: false,
        foundIn: [
          { source: 'mailto', region: 'header' },
          { source: 'text', region: 'footer' },
        ],
      },
    ]);
    expect(ranking.linkedInCompanies.map((company) => company.key)).toEqual([
      'li:company:northwind',
      'li:school:northwind-academy',
    ]);
  });
});
