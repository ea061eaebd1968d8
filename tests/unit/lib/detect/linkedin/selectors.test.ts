// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../../lib/detect/linkedin/selectors';
import { parseFixture } from '../fixtures';
import { linkedInFixtures } from './known-answers';

// Paired evidence (refined-github's idea): a selector no fixture matches is a selector nobody has seen work.
const documents = linkedInFixtures.map((file) => [file, parseFixture(`linkedin/${file}`)] as const);

function flatten(): [string, string][] {
  return Object.entries(selectors).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string'
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

  it('never selects by class name', () => {
    for (const [name, selector] of flatten()) expect(selector, name).not.toMatch(/\.[a-z_-]|\[class/i);
  });
});
