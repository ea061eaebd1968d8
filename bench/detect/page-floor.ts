/**
 * Injected into search pages as an IIFE: two readers that set a floor under the first-pass target.
 * Both know the generated page's class names (search-page.ts), which LinkedIn hashes in its 2025
 * layout and which the product therefore never uses (lib/detect/linkedin/selectors.ts); neither parses
 * a URL, skips a screen-reader twin, or copes with a missing field. They read the same four fields per
 * row and serialise the same report as ours does, so their time is what that work costs at the least:
 * - `rows`: one row at a time, a query per field (the shape any reader of rows has);
 * - `columns`: one query per field for the whole page, zipped by index (only right when every row has
 *   every field, as on these pages).
 */

/** A floor reader's answer. */
export interface FloorRun {
  readonly ms: number;
  readonly rows: number;
}

declare global {
  interface Window {
    prospectorFloor?: { pass: (mode: 'rows' | 'columns') => FloorRun };
  }
}

interface Person {
  url: string | null;
  name: string;
  headline?: string;
  location?: string;
}

const NAME = '.entity-result__title-text a span[aria-hidden="true"]';
const HEADLINE = '.entity-result__primary-subtitle';
const LOCATION = '.entity-result__secondary-subtitle';
const LINK = '.entity-result__title-text a';

function byRow(): Person[] {
  const people: Person[] = [];
  const rows = document.querySelectorAll('main li');
  for (let index = 0; index < rows.length; index++) {
    // Indexed, not for…of: iterating a NodeList is several times slower in Chromium (text.ts).
    const row = rows.item(index);
    const name = row.querySelector(NAME);
    if (name === null) continue;
    const person: Person = {
      url: name.closest('a')?.getAttribute('href') ?? null,
      name: name.textContent.trim(),
    };
    const headline = row.querySelector(HEADLINE)?.textContent;
    const location = row.querySelector(LOCATION)?.textContent;
    if (headline) person.headline = headline.trim();
    if (location) person.location = location.trim();
    people.push(person);
  }
  return people;
}

function byColumn(): Person[] {
  const names = document.querySelectorAll(`main li ${NAME}`);
  const links = document.querySelectorAll(`main li ${LINK}`);
  const headlines = document.querySelectorAll(`main li ${HEADLINE}`);
  const locations = document.querySelectorAll(`main li ${LOCATION}`);
  const people: Person[] = new Array<Person>(names.length);
  for (let index = 0; index < names.length; index++) {
    people[index] = {
      url: links[index]?.getAttribute('href') ?? null,
      name: (names[index]?.textContent ?? '').trim(),
      headline: (headlines[index]?.textContent ?? '').trim(),
      location: (locations[index]?.textContent ?? '').trim(),
    };
  }
  return people;
}

window.prospectorFloor = {
  pass(mode) {
    const start = performance.now();
    const people = mode === 'rows' ? byRow() : byColumn();
    // The report as ours sends it (send-report.ts): runtime.sendMessage serialises it.
    JSON.stringify({
      id: 1,
      type: 'reportLinkedInPage',
      data: { url: location.href, kind: 'search', people },
      timestamp: Date.now(),
    });
    return { ms: performance.now() - start, rows: people.length };
  },
};
