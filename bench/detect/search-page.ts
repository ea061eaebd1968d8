/**
 * LinkedIn-style people-search pages with N results and their known answers. The markup follows
 * tests/fixtures/linkedin/search-classic-en.html (rows as `<li>`, photo + name links to the same
 * href, `aria-hidden` name halves with screen-reader twins, degree badges, `miniProfileUrn` params,
 * member tokens, percent-encoded non-ASCII slugs, mutual-connection links inside rows, a viewer
 * "Me" link and a "People also viewed" aside that are not results).
 */
import { createRandom, pick } from '../lib/stats';
import { escapeHtml, type GeneratedPage } from './html';

/** One listed member as a perfect reader reports it. */
export interface SearchTruthRow {
  readonly key: string;
  readonly name: string;
  readonly headline: string;
  readonly location: string;
}

export const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=robotics';

const FIRST = [
  'Ada',
  'Jürgen',
  'Priya',
  'Sam',
  'Noor',
  'Tomás',
  'Łukasz',
  'Mei',
  'Olu',
  'Inès',
  'Kenji',
  'Sofia',
  'Björn',
  'Amara',
  'Diego',
  'Zoë',
];
const LAST = [
  'Lindqvist',
  'Müller',
  'Example',
  'Placeholder',
  'García',
  'Novak',
  'Okafor',
  'Tanaka',
  'Silva',
  'Dubois',
  'Kowalski',
  'Haddad',
];
const ROLES = [
  'Head of Data',
  'VP Sales',
  'Founder & CEO',
  'Procurement Lead',
  'CTO',
  'Account Executive',
  'Engineering Manager',
];
const COMPANIES = [
  'Northwind Analytics',
  'Contoso Maschinenbau',
  'Fabrikam Robotics',
  'Adatum Retail',
  'Litware',
  'Tailspin Toys',
];
const PLACES = [
  'Lisbon, Portugal',
  'Munich, Bavaria, Germany',
  'Bengaluru, Karnataka, India',
  'Toronto, Ontario, Canada',
  'Osaka, Japan',
];

function slugOf(name: string, index: number): string {
  return `${name.toLowerCase().replace(/\s+/g, '-')}-${index.toString(36)}b7`;
}

/** The member at `index`: its href as LinkedIn writes it and the key a perfect reader derives. */
function member(index: number, name: string): { href: string; key: string } {
  if (index % 7 === 3) {
    const token = `ACoAAB${(100000 + index).toString(36)}exampleTok${index}`;
    return { href: `https://www.linkedin.com/in/${token}`, key: `li:member:${token}` };
  }
  const slug = slugOf(name, index).normalize('NFC');
  const encoded = encodeURIComponent(slug);
  const key = `li:in:${slug}`;
  return index % 2 === 0
    ? {
        href: `https://www.linkedin.com/in/${encoded}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${index}`,
        key,
      }
    : { href: `/in/${encoded}/`, key };
}

/** One result row's HTML and its truth. `random` makes the page deterministic per index. */
export function searchRow(index: number, random: () => number): { html: string; truth: SearchTruthRow } {
  const name = `${pick(FIRST, random)} ${pick(LAST, random)}`;
  const company = pick(COMPANIES, random);
  const headline = `${pick(ROLES, random)} at ${company}`;
  const location = pick(PLACES, random);
  const { href, key } = member(index, name);
  const text = escapeHtml(name);
  const mutual =
    index % 5 === 2
      ? `<p class="entity-result__insights"><a href="/in/mutual-friend-${index}/">Mutual Friend</a> and 2 other mutual connections</p>`
      : '';
  const current =
    index % 4 === 1
      ? `<p class="entity-result__summary">Current: ${escapeHtml(pick(ROLES, random))} at <a href="/company/${company.toLowerCase().replace(/\s+/g, '-')}/">${escapeHtml(company)}</a></p>`
      : '';
  const html = `<li class="reusable-search__result-container"><div class="entity-result">
<a class="app-aware-link" href="${escapeHtml(href)}" tabindex="-1"><img alt="" src="data:,"></a>
<div class="entity-result__content"><span class="entity-result__title-text"><a class="app-aware-link" href="${escapeHtml(href)}"><span dir="ltr"><span aria-hidden="true">${text}</span><span class="visually-hidden">View ${text}’s profile</span></span></a></span>
<span class="entity-result__badge"><span aria-hidden="true">• 2nd</span><span class="visually-hidden">2nd degree connection</span></span>
<div class="entity-result__primary-subtitle">${escapeHtml(headline)}</div>
<div class="entity-result__secondary-subtitle">${escapeHtml(location)}</div>${mutual}${current}</div>
<button class="artdeco-button" aria-label="Invite ${text} to connect"><span>Connect</span></button></div></li>`;
  return { html, truth: { key, name, headline, location } };
}

/** A search page with `count` results. */
export function searchPage(count: number, seed = 20261101): GeneratedPage<SearchTruthRow[]> {
  const random = createRandom(seed + count);
  const rows = Array.from({ length: count }, (_, index) => searchRow(index, random));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head><body>
<header id="global-nav"><nav><a href="https://www.linkedin.com/feed/">Home</a><a href="https://www.linkedin.com/in/viewer-self-0000/"><span>Me</span></a></nav></header>
<div class="application-outlet"><main class="scaffold-layout__main" id="main"><h2>About ${count} results</h2>
<ul class="reusable-search__entity-result-list" role="list">${rows.map((row) => row.html).join('\n')}</ul></main>
<aside aria-label="People also viewed"><h2>People also viewed</h2><ul>
<li><a href="https://www.linkedin.com/in/noor-sidebar-7/"><span aria-hidden="true">Noor Sidebar</span><span class="visually-hidden">View Noor Sidebar’s profile</span></a><div>Analyst at Litware</div></li>
<li><a href="https://www.linkedin.com/in/kenji-sidebar-9/"><span aria-hidden="true">Kenji Sidebar</span></a><div>CTO at Tailspin Toys</div></li></ul></aside></div>
<footer><a href="https://www.linkedin.com/legal/user-agreement">User Agreement</a></footer></body></html>`;
  return { name: `search-${count}`, url: SEARCH_URL, html, truth: rows.map((row) => row.truth) };
}
