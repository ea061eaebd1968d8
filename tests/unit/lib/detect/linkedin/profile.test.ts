// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readProfilePage } from '../../../../../lib/detect/linkedin/profile';
import { parseFixture } from '../fixtures';
import { knownAnswers, type ExpectedMember } from './known-answers';

function summary(file: string, pageUrl: string) {
  const result = readProfilePage(parseFixture(`linkedin/${file}`), pageUrl);
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  const { profile, name, headline, location, company } = result.value;
  return {
    key: profile.key,
    url: profile.canonicalUrl,
    name,
    headline,
    location,
    company: company?.name,
    companyUrl: company?.linkedInUrl,
  };
}

describe('readProfilePage', () => {
  const rows = knownAnswers<ExpectedMember>('profile');

  it('has two languages and two layouts to compare', () => {
    expect(rows.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'profile-classic-en.html',
        'profile-classic-de.html',
        'profile-modern-en.html',
        'profile-modern-fr.html',
      ]),
    );
  });

  it.each(rows)('%s gives the known answer', (file, pageUrl, expected) => {
    expect(summary(file, pageUrl)).toEqual(expected);
  });

  it('gives the same answer in every language and layout', () => {
    const answers = rows
      .filter(([file]) => /classic|modern/.test(file))
      .map(([file, pageUrl]) => summary(file, pageUrl));
    expect(answers).toHaveLength(4);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('prefers the canonical public slug over a member token in the address bar', () => {
    const result = readProfilePage(
      parseFixture('linkedin/profile-modern-en.html'),
      'https://www.linkedin.com/in/ACoAAB9z8y7X6exampleToken0042/',
    );
    expect(result.ok && result.value.profile).toMatchObject({
      isMemberToken: false,
      key: 'li:in:ada-lindqvist-4b2a1',
    });
  });

  it('fills a logged-out public profile from its schema.org Person', () => {
    const result = readProfilePage(
      parseFixture('linkedin/profile-public-en.html'),
      'https://pt.linkedin.com/in/ada-lindqvist-4b2a1',
    );
    expect(result).toMatchObject({
      ok: true,
      value: { location: 'Lisbon, PT', company: { key: 'li:company:northwind-analytics' } },
    });
  });

  it('falls back to the <title> when the heading is missing', () => {
    const document = new DOMParser().parseFromString(
      '<title>(12) Ada Lindqvist | LinkedIn</title><main></main>',
      'text/html',
    );
    expect(readProfilePage(document, 'https://www.linkedin.com/in/ada-lindqvist-4b2a1/')).toMatchObject({
      ok: true,
      value: { name: 'Ada Lindqvist' },
    });
  });

  it.each([
    ['https://www.linkedin.com/feed/', 'not-a-profile'],
    ['https://www.linkedin.com/company/northwind-analytics/', 'not-a-profile'],
    ['https://evil.example/in/ada-lindqvist-4b2a1', 'not-a-profile'],
  ])('rejects %s', (pageUrl, reason) => {
    expect(readProfilePage(parseFixture('linkedin/profile-classic-en.html'), pageUrl)).toEqual({
      ok: false,
      error: reason,
    });
  });

  it('does not take the placeholder title of a page still rendering for a name', () => {
    const document = new DOMParser().parseFromString('<title>LinkedIn</title><main></main>', 'text/html');
    expect(readProfilePage(document, 'https://www.linkedin.com/in/ada-lindqvist-4b2a1/')).toEqual({
      ok: false,
      error: 'no-name',
    });
  });

  it('falls back to the "Name | LinkedIn" title when there is no heading', () => {
    const document = new DOMParser().parseFromString(
      '<title>(3) Ada Lindqvist | LinkedIn</title><main></main>',
      'text/html',
    );
    const result = readProfilePage(document, 'https://www.linkedin.com/in/ada-lindqvist-4b2a1/');
    expect(result.ok && result.value.name).toBe('Ada Lindqvist');
  });

  it('reports a profile page without any name', () => {
    const document = new DOMParser().parseFromString('<main><p>…</p></main>', 'text/html');
    expect(readProfilePage(document, 'https://www.linkedin.com/in/ada-lindqvist-4b2a1/')).toEqual({
      ok: false,
      error: 'no-name',
    });
  });
});
