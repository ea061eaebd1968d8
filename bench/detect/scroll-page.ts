/**
 * The infinite-scroll page: a search page with its first 10 results, and the next batches waiting
 * in `<template>`s (inert, outside the document tree) for the page script to append one at a time,
 * as LinkedIn does when the user scrolls.
 */
import { createRandom } from '../lib/stats';
import { type GeneratedPage } from './html';
import { SEARCH_URL, searchRow } from './search-page';

/** A page that starts with `batchSize` results and holds `batches` more batches of `batchSize`. */
export function scrollPage(batches: number, batchSize: number, seed = 7): GeneratedPage<number> {
  const random = createRandom(seed);
  const rows = Array.from({ length: (batches + 1) * batchSize }, (_, index) => searchRow(index, random).html);
  const first = rows.slice(0, batchSize).join('\n');
  const templates = Array.from(
    { length: batches },
    (_, batch) =>
      `<template>${rows.slice((batch + 1) * batchSize, (batch + 2) * batchSize).join('\n')}</template>`,
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head><body>
<header id="global-nav"><a href="https://www.linkedin.com/in/viewer-self-0000/"><span>Me</span></a></header>
<main id="main"><ul role="list">${first}</ul></main>${templates.join('\n')}</body></html>`;
  return { name: `scroll-${batches}x${batchSize}`, url: SEARCH_URL, html, truth: rows.length };
}
