// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLinkedInPageReader } from '../../../../lib/content/linkedin-page';
import type { LinkedInPageSnapshot } from '../../../../lib/content/linkedin-page';
import { createLinkedInWatcher } from '../../../../lib/content/linkedin-watcher';

const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=cto';

function row(slug: string, name: string, headline: string): string {
  return `<a href="https://www.linkedin.com/in/${slug}/?miniProfileUrn=x"><span aria-hidden="true">${name}</span></a><div>${headline}</div><div>Berlin</div>`;
}

function addRow(slug: string, name: string): void {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `https://www.linkedin.com/in/${slug}/`;
  link.textContent = name;
  const headline = document.createElement('div');
  headline.textContent = 'Engineer at Fabrikam';
  item.append(link, headline);
  document.querySelector('main ul')?.append(item);
}

function setup(url = SEARCH_URL) {
  let currentUrl = url;
  const reports: LinkedInPageSnapshot[] = [];
  const reader = createLinkedInPageReader();
  const readPage = vi.spyOn(reader, 'readPage');
  const readAdded = vi.spyOn(reader, 'readAdded');
  const watcher = createLinkedInWatcher({
    document,
    MutationObserver: window.MutationObserver,
    currentUrl: () => currentUrl,
    reader,
    report: (snapshot) => {
      reports.push(snapshot);
      return Promise.resolve(null);
    },
    timers: {
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
      clearTimeout: (id) => {
        window.clearTimeout(id);
      },
      now: () => Date.now(),
    },
  });
  return {
    watcher,
    reports,
    readPage,
    readAdded,
    goTo: (next: string) => {
      currentUrl = next;
    },
  };
}

// MutationObserver callbacks are microtasks; let them run before moving the clock.
async function settle(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.title = 'Search | LinkedIn';
  document.body.replaceChildren();
  const main = document.createElement('main');
  const list = document.createElement('ul');
  main.append(list);
  document.body.append(main);
  const item = document.createElement('li');
  item.append(
    document
      .createRange()
      .createContextualFragment(row('ada-lindqvist', 'Ada Lindqvist', 'CTO at Northwind')),
  );
  list.append(item);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createLinkedInWatcher', () => {
  it('reads and reports the page once on start', () => {
    const { watcher, reports } = setup();
    watcher.start();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.kind).toBe('search');
    expect(reports[0]?.people.map((person) => person.url)).toEqual([
      'https://www.linkedin.com/in/ada-lindqvist',
    ]);
    watcher.stop();
  });

  it('batches lazily loaded results into one debounced, incremental read', async () => {
    const { watcher, reports, readAdded, readPage } = setup();
    watcher.start();
    addRow('ben-okafor', 'Ben Okafor');
    await settle(100);
    addRow('chen-wei', 'Chen Wei');
    await settle(100);
    expect(reports).toHaveLength(1);
    await settle(300);
    expect(reports).toHaveLength(2);
    expect(readAdded).toHaveBeenCalledTimes(1);
    expect(readPage).toHaveBeenCalledTimes(1);
    expect(reports[1]?.people.map((person) => person.name)).toEqual([
      'Ada Lindqvist',
      'Ben Okafor',
      'Chen Wei',
    ]);
    watcher.stop();
  });

  it('does not let a page that never stops changing delay the read forever', async () => {
    const { watcher, reports } = setup();
    watcher.start();
    for (let index = 0; index < 10; index += 1) {
      addRow(`person-${index}`, `Person ${index}`);
      await settle(200);
    }
    expect(reports.length).toBeGreaterThanOrEqual(2);
    watcher.stop();
  });

  it('stays idle while nothing changes, and sends nothing when a change adds no one', async () => {
    const { watcher, reports, readAdded, readPage } = setup();
    watcher.start();
    await settle(10_000);
    expect(vi.getTimerCount()).toBe(0);
    document.querySelector('main')?.append(document.createElement('aside'));
    await settle(400);
    expect(readAdded).toHaveBeenCalledTimes(1);
    expect(readPage).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(1);
    const text = document.querySelector('main div');
    if (text) text.textContent = 'changed text only';
    await settle(400);
    expect(readAdded).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('re-reads the whole page after an in-page navigation to a profile', async () => {
    const { watcher, reports, goTo } = setup();
    watcher.start();
    goTo('https://www.linkedin.com/in/ben-okafor/');
    history.pushState({}, '', '/in/ben-okafor/');
    const main = document.querySelector('main');
    const heading = document.createElement('h1');
    heading.textContent = 'Ben Okafor';
    main?.replaceChildren(heading);
    watcher.navigate();
    await settle(400);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatchObject({ kind: 'profile', url: 'https://www.linkedin.com/in/ben-okafor/' });
    expect(reports[1]?.people).toEqual([
      expect.objectContaining({ name: 'Ben Okafor', url: 'https://www.linkedin.com/in/ben-okafor' }),
    ]);
    watcher.stop();
  });

  it('stops observing and cancels pending work when stopped', async () => {
    const { watcher, reports } = setup();
    watcher.start();
    addRow('ben-okafor', 'Ben Okafor');
    await Promise.resolve();
    watcher.stop();
    expect(vi.getTimerCount()).toBe(0);
    addRow('chen-wei', 'Chen Wei');
    await settle(1000);
    expect(reports).toHaveLength(1);
  });

  it('sends the same page again after the background failed to take it', async () => {
    const reports: LinkedInPageSnapshot[] = [];
    let fail = true;
    const watcher = createLinkedInWatcher({
      document,
      MutationObserver: window.MutationObserver,
      currentUrl: () => SEARCH_URL,
      reader: createLinkedInPageReader(),
      report: (snapshot) => {
        reports.push(snapshot);
        return fail ? Promise.reject(new Error('worker restarting')) : Promise.resolve(null);
      },
      timers: {
        setTimeout: (handler, ms) => window.setTimeout(handler, ms),
        clearTimeout: (id) => {
          window.clearTimeout(id);
        },
        now: () => Date.now(),
      },
    });
    watcher.start();
    await Promise.resolve();
    fail = false;
    watcher.navigate();
    await settle(400);
    expect(reports).toHaveLength(2);
    watcher.stop();
  });
});
