import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { connectToSandbox, expect, test } from './fixtures';
import type { Sandbox } from './fixtures';
import { overflowingControls } from './pages/layout';
import { linkedinAppHtml, seededPeople } from '../fixtures/linkedin/e2e/linkedin-app';

const people = seededPeople(25);
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=acme';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Serves the fixture app for every LinkedIn URL, so the content script's real matches apply. */
async function routeLinkedIn(context: BrowserContext): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: linkedinAppHtml(people) }),
  );
}

/** Opens `url` in a new tab and returns its tab id (the extension has no "tabs" permission to query by URL). */
async function openTab(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const listIds = () =>
    worker.evaluate(async () =>
      (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    );
  const before = new Set(await listIds());
  const page = await context.newPage();
  await page.goto(url);
  let tabId = -1;
  await expect
    .poll(async () => {
      tabId = (await listIds()).find((id) => !before.has(id)) ?? -1;
      return tabId;
    })
    .toBeGreaterThanOrEqual(0);
  return { page, tabId };
}

/** Connects to the sandbox, opens `url` (served by the LinkedIn fixture app) in a tab, and the side panel for it. */
async function openPanelOn(
  fixtures: { context: BrowserContext; extensionId: string; sandbox: Sandbox; worker: Worker },
  url: string,
): Promise<{ page: Page; panel: Page }> {
  const { context, extensionId, sandbox, worker } = fixtures;
  await connectToSandbox(worker, sandbox.url);
  await routeLinkedIn(context);
  const { page, tabId } = await openTab(context, worker, url);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return { page, panel };
}

test.describe('side panel on LinkedIn', () => {
  test('lists the profiles of a search page and bulk-enriches 25 in 3 batches with progress', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const { panel } = await openPanelOn({ context, extensionId, sandbox, worker }, SEARCH);

    const rows = panel
      .getByRole('list', { name: 'Profiles on this page' })
      .getByRole('listitem')
      .filter({ has: panel.getByRole('checkbox') });
    // 10 at once, 15 lazily: the content script's observer picks up the rest.
    await expect(rows).toHaveCount(25);
    await expect(panel.getByRole('checkbox', { name: people[0]?.name ?? '' })).toBeVisible();
    // A side panel is a short, narrow window: the action stays in view above a long list.
    await panel.setViewportSize({ width: 400, height: 700 });
    await expect(panel.getByRole('button', { name: 'Enrich selected (0)' })).toBeInViewport();
    expect(await overflowingControls(panel)).toEqual([]);

    await panel.getByRole('checkbox', { name: 'Select all 25' }).check();
    await expect(panel.getByText(/Up to 25 credits/)).toBeVisible();
    await panel.getByRole('button', { name: 'Enrich selected (25)' }).click();

    const progress = panel.getByRole('progressbar', { name: 'Enrichment progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('value', '25', { timeout: 45_000 });
    await expect(panel.getByText('25 of 25 profiles processed', { exact: false })).toBeVisible();
    await expect(panel.getByText(/^Enriched/).first()).toBeVisible();
    await expect(panel.getByText('Enriching…')).toHaveCount(0);

    const starts = (await sandbox.log()).filter((entry) => entry.path === '/v2/li-profiles-by-urls/start');
    expect(starts).toHaveLength(3);

    // Cached results show at once and cost nothing: the preview says so, and no new start is made.
    await expect(panel.getByText('Already enriched: no credits needed.')).toBeVisible();

    await mkdir(SCREENSHOTS, { recursive: true });
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-search-light.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-search-dark.png') });
  });

  test('a bulk run says "offline" within seconds of the network dropping, and finishes once it is back', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const { panel } = await openPanelOn({ context, extensionId, sandbox, worker }, SEARCH);
    // Tasks take 20 s (fixed at their start), so the run is mid-poll when the network goes.
    await sandbox.control('config', { taskLatencyMs: 20_000 });
    await panel.getByRole('checkbox', { name: 'Select all 25' }).check();
    await panel.getByRole('button', { name: 'Enrich selected (25)' }).click();
    await expect(panel.getByText('0 of 25 profiles processed')).toBeVisible();
    await expect
      .poll(async () => (await sandbox.log()).filter((entry) => entry.path.endsWith('/start')).length)
      .toBe(3);

    await context.setOffline(true);
    const offlineAt = Date.now();
    // Before the worker read navigator.onLine, the run noticed only once a poll had failed four times (~15 s).
    await expect(panel.getByText(/processed · Offline: will send when you are back online$/)).toBeVisible({
      timeout: 8_000,
    });
    console.log(`offline shown after ${Date.now() - offlineAt} ms`);
    await expect(panel.getByText(/^Enriched/)).toHaveCount(0);

    await context.setOffline(false);
    await expect(panel.getByText('25 of 25 profiles processed (finished)')).toBeVisible({ timeout: 45_000 });
    const starts = (await sandbox.log()).filter((entry) => entry.path === '/v2/li-profiles-by-urls/start');
    expect(starts).toHaveLength(3);
  });

  test('follows an in-page navigation to another profile', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    // Two neighbours with ASCII names, so the finder's name check cannot be what the test measures.
    const first = people[2];
    const second = people[3];
    if (!first || !second) throw new Error('the sandbox seeds at least four people');
    const { page, panel } = await openPanelOn({ context, extensionId, sandbox, worker }, first.url);
    await expect(panel.getByRole('heading', { name: first.name })).toBeVisible();
    await expect(panel.getByText(first.headline)).toBeVisible();

    await page.getByRole('link', { name: `Next: ${second.name}` }).click();
    await expect(page).toHaveURL(second.url);
    await expect(panel.getByRole('heading', { name: second.name })).toBeVisible();
    await expect(panel.getByRole('heading', { name: first.name })).toHaveCount(0);

    await panel.getByRole('button', { name: 'Enrich' }).click();
    await expect(panel.getByText(/^Enriched/)).toBeVisible({ timeout: 30_000 });
    // Enrichment by URL returned no address here: "Find e-mail" (name + company domain) is offered, pre-filled.
    // Submitting it is not asserted: the background refuses the sandbox's `.example` domains (not a public suffix).
    const finder = panel.getByRole('form', { name: 'Find e-mail by name and company domain' });
    await expect(panel.getByText('Enriched, no e-mail')).toBeVisible();
    await expect(finder.getByLabel('First name')).toHaveValue(second.name.split(' ')[0] ?? '');
    await expect(finder.getByRole('button', { name: 'Find e-mail' })).toBeVisible();
    expect(await overflowingControls(panel)).toEqual([]);

    await mkdir(SCREENSHOTS, { recursive: true });
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-profile-light.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-profile-dark.png') });
  });
});
