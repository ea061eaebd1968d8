// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../../lib/detect/linkedin/selectors';
import { parseFixture } from '../fixtures';
import { linkedInFixtures } from './known-answers';

// Paired evidence (refined-github's idea): a selector no fixture matches is a selector nobody has seen work.
const documents = linkedInFixtures.map((file) => [file, parseFixture(`linkedin/${file}`)] as const);

function flatten(): [string, string][] {
  return Object.entries(selectors).flatMap(([name, value]): [string, string][] =>
    value instanceof RegExp || typeof value === 'function'
      ? []
      : typeof value === 'string'
        ? [[name, value]]
        : Object.entries(value).map(([field, selector]): [string, string] => [`${name}.${field}`, selector]),
  );
}

describe('LinkedIn selectors', () => {
  it.each(flatten())('%s (%s) matches in at least one fixture', (_name, selector) => {
    const matching = documents
      .filter(([, document]) => document.querySelector(selector) !== null)
      .map(([file]) => file);
    expect(matching.length).toBeGreaterThan(0);
  });

  it.each([
    [selectors.rowLinkHref, selectors.rowLink],
    [selectors.companyLinkHref, selectors.companyLink],
  ])('the href test %s selects exactly the links %s does', (pattern, selector) => {
    let [kept, dropped] = [0, 0];
    for (const [file, document] of documents) {
      const links = [...document.querySelectorAll(selectors.anyLink)];
      const tested = links.filter((link) => pattern.test(link.getAttribute('href') ?? ''));
      expect(tested, file).toEqual([...document.querySelectorAll(selector)]);
      kept += tested.length;
      dropped += links.length - tested.length;
    }
    // Both answers occur: the fixtures exercise the test rather than pass it trivially.
    expect([kept > 0, dropped > 0]).toEqual([true, true]);
  });

  it.each([
    [selectors.isNonContentText, selectors.nonContentText],
    [selectors.isVisibleTwinElement, selectors.visibleTwin],
  ])('the element test %o agrees with %s on every element', (test, selector) => {
    let [kept, dropped] = [0, 0];
    for (const [file, document] of documents) {
      for (const element of document.querySelectorAll('*')) {
        expect(test(element), `${file}: <${element.localName}>`).toBe(element.matches(selector));
        if (test(element)) kept += 1;
        else dropped += 1;
      }
    }
    expect([kept > 0, dropped > 0]).toEqual([true, true]);
  });

  it('never selects by class name', () => {
    for (const [name, selector] of flatten()) expect(selector, name).not.toMatch(/\.[a-z_-]|\[class/i);
  });
});
