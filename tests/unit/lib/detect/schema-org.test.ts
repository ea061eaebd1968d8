// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readOrganizations } from '../../../../lib/detect/schema-org';

function organizations(...blocks: string[]) {
  const html = blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('');
  return readOrganizations(new DOMParser().parseFromString(html, 'text/html'));
}

describe('readOrganizations', () => {
  it.each([
    ['a plain Organization', '{"@type":"Organization","url":"https://a.example"}', ['https://a.example']],
    ['a subtype', '{"@type":"LocalBusiness","url":"https://b.example"}', ['https://b.example']],
    [
      'an unlisted *Organization subtype',
      '{"@type":"EducationalOrganization","url":"https://c.example"}',
      ['https://c.example'],
    ],
    [
      'a full schema.org type IRI',
      '{"@type":"https://schema.org/Corporation","url":"https://d.example"}',
      ['https://d.example'],
    ],
    [
      'a type array',
      '{"@type":["Thing","Organization"],"url":["https://e.example","https://f.example"]}',
      ['https://e.example', 'https://f.example'],
    ],
    [
      'an @graph',
      '{"@graph":[{"@type":"WebSite","url":"https://x.example"},{"@type":"Organization","url":"https://g.example"}]}',
      ['https://g.example'],
    ],
    [
      'a nested publisher',
      '{"@type":"Article","publisher":{"@type":"Organization","url":"https://h.example"}}',
      ['https://h.example'],
    ],
    ['a Person only', '{"@type":"Person","url":"https://p.example"}', []],
    ['broken JSON', '{"@type":"Organization",', []],
  ])('%s', (_name, block, urls) => {
    expect(organizations(block).flatMap((org) => org.urls)).toEqual(urls);
  });

  it('reads e-mails from email and a single contactPoint object, and sameAs as a string', () => {
    const [org] = organizations(
      '{"@type":"Organization","name":"N","email":"a@n.example","contactPoint":{"email":"b@n.example"},"sameAs":"https://www.linkedin.com/company/n"}',
    );
    expect(org).toEqual({
      type: 'Organization',
      name: 'N',
      urls: [],
      emails: ['a@n.example', 'b@n.example'],
      sameAs: ['https://www.linkedin.com/company/n'],
    });
  });
});
