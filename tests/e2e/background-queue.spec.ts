/**
 * The background queue against the built extension and the sandbox: batching (10 per start), the
 * cache (a repeat costs nothing), a service worker stopped mid-task (re-polled by hash, never
 * restarted) and "Enrich this profile" invoked inside the worker.
 */
import type { Page, Worker } from '@playwright/test';
import { buildWorld } from '../sandbox/seed';
import { connectToSandbox, expect, test } from './fixtures';
import type { SandboxLogEntry } from './fixtures';

const people = buildWorld({ seed: 20261101, balance: 25000 }).people;
const urls = (count: number, from = 0): string[] =>
  people.slice(from, from + count).map((person) => person.linkedinUrl);
const apiCalls = (log: readonly SandboxLogEntry[]) =>
  log.filter((entry) => !entry.path.startsWith('/__sandbox'));
const enrichCalls = (log: readonly SandboxLogEntry[]) =>
  log.filter((entry) => entry.path.startsWith('/v2/li-profiles-by-urls/'));
const starts = (log: readonly SandboxLogEntry[]) =>
  log.filter((entry) => entry.path === '/v2/li-profiles-by-urls/start');

interface Job {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
}

/** Sends a protocol message from an extension page, in webext-core's wire format, and unwraps `res`. */
async function send(page: Page, type: string, data: unknown): Promise<unknown> {
  const answer: unknown = await page.evaluate(
    async (message): Promise<unknown> =>
      chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), ...message, timestamp: Date.now() }),
    { type, data },
  );
  return (answer as { res?: unknown } | undefined)?.res;
}

async function openExtensionPage(
  context: Parameters<Parameters<typeof test>[2]>[0]['context'],
  extensionId: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

async function job(page: Page, id: string): Promise<Job | undefined> {
  const jobs = (await send(page, 'getJobs', undefined)) as Job[] | undefined;
  return jobs?.find((item) => item.id === id);
}

async function enrich(page: Page, list: string[]): Promise<string> {
  const result = (await send(page, 'enrichProfiles', { urls: list })) as {
    ok: boolean;
    value?: { jobId: string };
  };
  expect(result.ok).toBe(true);
  return result.value?.jobId ?? '';
}

async function queued(worker: Worker): Promise<{ hashes: number }> {
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get('queue');
    const queue = stored['queue'] as { batches?: Record<string, { taskHash?: string }> } | undefined;
    return {
      hashes: Object.values(queue?.batches ?? {}).filter((batch) => batch.taskHash !== undefined).length,
    };
  });
}

test.describe('background queue', () => {
  test('enriches 1, 10 and 25 profiles in 1, 1 and 3 starts, and repeats cost no request', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    const page = await openExtensionPage(context, extensionId);
    const counts: string[] = [];
    for (const [size, from, expected] of [
      [1, 0, 1],
      [10, 1, 1],
      [25, 11, 3],
    ] as const) {
      const beforeEnrich = enrichCalls(await sandbox.log()).length;
      const beforeStarts = starts(await sandbox.log()).length;
      const id = await enrich(page, urls(size, from));
      await expect.poll(async () => (await job(page, id))?.status, { timeout: 30_000 }).toBe('done');
      const log = await sandbox.log();
      expect(starts(log).length - beforeStarts).toBe(expected);
      const first = enrichCalls(log).length - beforeEnrich;

      const again = await enrich(page, urls(size, from));
      await expect.poll(async () => (await job(page, again))?.status).toBe('done');
      const repeat = apiCalls(await sandbox.log()).length - apiCalls(log).length;
      expect(repeat).toBe(0);
      counts.push(
        `${size} profiles: ${first} enrichment requests first time (${expected} starts + polls), ${repeat} requests repeated`,
      );
    }
    test.info().annotations.push({ type: 'request counts', description: counts.join('; ') });
    console.log(`[request counts] ${counts.join('; ')}`);
    const profiles = (await send(page, 'getProfiles', { urls: urls(1) })) as Record<
      string,
      { status: string; prospect?: { name: string } }
    >;
    expect(profiles[urls(1)[0] ?? '']).toMatchObject({
      status: 'done',
      prospect: { name: expect.any(String) },
    });
  });

  test('a service worker stopped mid-enrichment resumes by hash: the result arrives, no second start', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    await sandbox.control('config', { taskLatencyMs: 8000 });
    const page = await openExtensionPage(context, extensionId);
    const id = await enrich(page, urls(25, 40));
    await expect.poll(async () => (await queued(worker)).hashes, { timeout: 20_000 }).toBe(3);
    expect(starts(await sandbox.log())).toHaveLength(3);

    // A marker in the worker's memory: gone after the stop proves a new worker instance did the rest.
    await worker.evaluate(() => Reflect.set(globalThis, 'beforeStop', true));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Any event restarts the worker (here: the page asking for its jobs); it resumes the queue at start.
    await expect.poll(async () => (await job(page, id))?.status, { timeout: 40_000 }).toBe('done');
    expect((await job(page, id))?.done).toBe(25);
    const restarted = context.serviceWorkers()[0] ?? worker;
    expect(await restarted.evaluate((): unknown => Reflect.get(globalThis, 'beforeStop'))).toBeUndefined();
    const log = await sandbox.log();
    expect(starts(log)).toHaveLength(3);
    const polled = new Set(
      log
        .filter((entry) => entry.path === '/v2/li-profiles-by-urls/result')
        .map((entry) => JSON.stringify(entry.query)),
    );
    expect(polled.size).toBe(3);
  });

  test('"Enrich this profile" on a LinkedIn link, invoked inside the worker, enriches it', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    const [url = ''] = urls(1, 90);
    const link = url.replace('https://www.', 'https://uk.') + '?trk=public_profile';
    await expect
      .poll(() => worker.evaluate(() => typeof Reflect.get(globalThis, '__prospectorHooks')))
      .toBe('object');
    const outcome = await worker.evaluate(async (linkUrl) => {
      const hooks = Reflect.get(globalThis, '__prospectorHooks') as {
        contextMenuClick: (info: unknown, tab: unknown) => Promise<{ jobId?: string; panelOpened: boolean }>;
      };
      return hooks.contextMenuClick(
        { menuItemId: 'prospector-enrich-link', linkUrl, pageUrl: 'https://www.google.com/search?q=jane' },
        { id: 1, windowId: 1 },
      );
    }, link);
    expect(outcome.jobId).toEqual(expect.any(String));
    const page = await openExtensionPage(context, extensionId);
    await expect
      .poll(async () => (await job(page, outcome.jobId ?? ''))?.status, { timeout: 30_000 })
      .toBe('done');
    const focus = await worker.evaluate(() => chrome.storage.session.get('panel-focus'));
    expect(focus['panel-focus']).toMatchObject({
      person: { url: expect.stringContaining('https://www.linkedin.com/in/') },
    });
    const profiles = (await send(page, 'getProfiles', { urls: [link] })) as Record<
      string,
      { status: string }
    >;
    expect(profiles[link]).toMatchObject({ status: 'done' });
    expect(starts(await sandbox.log())).toHaveLength(1);
  });

  test('the context menu is created on install for LinkedIn profile links and pages', async ({ worker }) => {
    // The menus API has no getAll; `update` fails on an id that does not exist.
    const exists = (id: string) =>
      worker.evaluate(
        (menuId) =>
          new Promise<boolean>((resolve) => {
            chrome.contextMenus.update(menuId, {}, () => {
              resolve(!chrome.runtime.lastError);
            });
          }),
        id,
      );
    await expect.poll(() => exists('prospector-enrich-link')).toBe(true);
    expect(await exists('prospector-enrich-page')).toBe(true);
    expect(await exists('no-such-menu')).toBe(false);
  });
});
