// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  createResultScanner,
  readSearchResults,
  type ListedProfile,
} from '../../../../../lib/detect/linkedin/search';
import { parseFixture } from '../fixtures';
import { knownAnswers, type ExpectedMember } from './known-answers';

function summarise(listed: ListedProfile): ExpectedMember {
  const { profile, name, headline, location, company } = listed;
  return {
    key: profile.key,
    url: profile.canonicalUrl,
    name,
    ...(headline === undefined ? {} : { headline }),
    ...(location === undefined ? {} : { location }),
    ...(company === undefined ? {} : { company: company.name }),
    ...(company?.linkedInUrl === undefined ? {} : { companyUrl: company.linkedInUrl }),
  };
}

describe('readSearchResults', () => {
  const rows = knownAnswers<ExpectedMember[]>('search');

  it.each(rows)('%s lists exactly the known members', (file, pageUrl, expected) => {
    expect(readSearchResults(parseFixture(`linkedin/${file}`), pageUrl).map(summarise)).toEqual(expected);
  });

  it('gives the same answers in two languages and two layouts', () => {
    const people = [
      'search-classic-en.html',
      'search-classic-de.html',
      'search-modern-en.html',
      'search-modern-fr.html',
    ].map((file) =>
      readSearchResults(
        parseFixture(`linkedin/${file}`),
        'https://www.linkedin.com/search/results/people/',
      ).map(summarise),
    );
    for (const answer of people) expect(answer).toEqual(people[0]);
  });

  it('ignores the viewer’s own link, sidebars and mutual connections', () => {
    const keys = readSearchResults(
      parseFixture('linkedin/search-classic-en.html'),
      'https://www.linkedin.com/search/results/people/',
    ).map((listed) => listed.profile.key);
    expect(keys).not.toContain('li:in:viewer-self-0000');
    expect(keys).not.toContain('li:in:noor-sidebar-7');
    expect(keys).not.toContain('li:in:tomas-sample');
  });
});

describe('createResultScanner', () => {
  it('returns only new members on each scan', () => {
    const document = parseFixture('linkedin/search-modern-en.html');
    const scanner = createResultScanner('https://www.linkedin.com/search/results/people/');
    expect(scanner.scan(document)).toHaveLength(4);
    expect(scanner.scan(document)).toEqual([]);

    const list = document.querySelector('[role="list"]');
    const row = document.querySelector('[role="listitem"]')?.cloneNode(true);
    if (list === null || !(row instanceof Element)) throw new Error('fixture changed');
    for (const link of row.querySelectorAll('a')) link.setAttribute('href', '/in/new-person-5/');
    list.append(row);
    expect(scanner.scan(row).map((listed) => listed.profile.key)).toEqual(['li:in:new-person-5']);
    expect(scanner.seenKeys.size).toBe(5);
  });

  it('rescans the whole row when a node is added inside it', () => {
    const document = new DOMParser().parseFromString(
      '<main><ul><li><a href="/in/late-name-1/"></a><div id="slot"></div></li></ul></main>',
      'text/html',
    );
    const scanner = createResultScanner('https://www.linkedin.com/search/results/people/');
    expect(scanner.scan(document)).toEqual([]);
    const link = document.querySelector('a');
    const name = document.createElement('span');
    name.textContent = 'Late Name';
    link?.append(name);
    expect(scanner.scan(name).map((listed) => listed.name)).toEqual(['Late Name']);
  });
});
