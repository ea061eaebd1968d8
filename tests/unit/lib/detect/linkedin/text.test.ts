// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkLabel, textBlocks, textBlocksAfter } from '../../../../../lib/detect/linkedin/text';

function root(html: string): Element {
  const element = new DOMParser()
    .parseFromString(`<div id="root">${html}</div>`, 'text/html')
    .querySelector('#root');
  if (element === null) throw new Error('no root');
  return element;
}

describe('text blocks', () => {
  it('skips controls, icons and screen-reader twins but keeps text next to a hidden separator', () => {
    const element = root(
      '<span aria-hidden="true">Ada</span><span>Profil von Ada anzeigen</span><button>Vernetzen</button><svg><title>Icon</title></svg><p><span>Lisbon</span><span aria-hidden="true"> · </span></p>',
    );
    expect(textBlocks(element).map((block) => block.text)).toEqual(['Ada', 'Lisbon', '·']);
  });

  it('collects only between `after` and `until`, even when `after` sits inside a skipped link', () => {
    const element = root(
      '<p>before</p><a href="/in/x"><h1 id="name">Ada</h1></a><p>headline</p><p>place</p><a id="stop" href="#">x</a><p>after</p>',
    );
    const after = element.querySelector('#name');
    const until = element.querySelector('#stop');
    if (after === null || until === null) throw new Error('fixture');
    expect(textBlocks(element, { after, until }).map((block) => block.text)).toEqual(['headline', 'place']);
  });

  it('walks forward only from a start element and stops at the limit', () => {
    const element = root(
      '<p>ignored</p><a id="start" href="/in/x">Ada</a><span>• 2nd</span><p>Head of Data</p><p>Lisbon</p><p>more</p>',
    );
    const start = element.querySelector('#start');
    if (start === null) throw new Error('fixture');
    expect(textBlocksAfter(start, element, 2, (text) => !text.startsWith('•'))).toEqual([
      'Head of Data',
      'Lisbon',
    ]);
  });

  it('labels a link by its visible half, never by an image alt', () => {
    expect(linkLabel(root('<span aria-hidden="true">Ada</span><span>View Ada’s profile</span>'))).toBe('Ada');
    expect(linkLabel(root('<img alt="Northwind logo">'))).toBe('');
  });
});
