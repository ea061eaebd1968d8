// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCompanyPage } from '../../../../../lib/detect/linkedin/company-page';
import { parseFixture } from '../fixtures';
import { knownAnswers } from './known-answers';

interface ExpectedCompany {
  key: string;
  url: string;
  name: string;
  website: string;
  websiteDomain: string;
}

describe('readCompanyPage', () => {
  it.each(knownAnswers<ExpectedCompany>('company'))(
    '%s gives the known answer',
    (file, pageUrl, expected) => {
      const result = readCompanyPage(parseFixture(`linkedin/${file}`), pageUrl);
      if (!result.ok) throw new Error(result.error);
      const { company, name, website, websiteDomain } = result.value;
      expect({ key: company.key, url: company.canonicalUrl, name, website, websiteDomain }).toEqual(expected);
    },
  );

  it('rejects a profile URL', () => {
    expect(
      readCompanyPage(
        parseFixture('linkedin/company-en.html'),
        'https://www.linkedin.com/in/ada-lindqvist-4b2a1/',
      ),
    ).toEqual({ ok: false, error: 'not-a-company' });
  });
});
