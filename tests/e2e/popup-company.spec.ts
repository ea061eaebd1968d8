import { readFile } from 'node:fs/promises';
import { connectToSandbox, expect, test } from './fixtures';
import type { SandboxLogEntry } from './fixtures';
import { axeViolations } from './pages/axe';
import { overflowingControls } from './pages/layout';
import { PopupPage } from './pages/popup';
import { startStaticServer } from './static-server';
import type { StaticServer } from './static-server';

let site: StaticServer;
test.beforeAll(async () => {
  site = await startStaticServer();
});
test.afterAll(async () => {
  await site.close();
});

const addCalls = (log: SandboxLogEntry[]) =>
  log.filter((e) => e.method === 'POST' && e.path === '/v1/add-prospect-to-list');

test.describe('popup on a company website', () => {
  test('shows the company, its prospects and e-mails; filters; adds two prospects to a new list once', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    const { page } = popup;

    await expect(page.locator('.domain')).toHaveText('acme-robotics.example');
    await expect(page.getByText('Acme Robotics Inc')).toBeVisible();
    await expect(popup.prospects.getByRole('checkbox')).toHaveCount(20);
    await expect(
      page.getByRole('list', { name: 'Domain e-mails' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Generic contacts' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /credits left/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowingControls(page)).toEqual([]);
    await popup.screenshot('popup-company-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await popup.screenshot('popup-company-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });

    await popup.filterByPosition('CTO, Head of Sales');
    const positions = popup.prospects.locator('.prospect-row p.muted');
    await expect
      .poll(async () => {
        const texts = await positions.allTextContents();
        // Snov.io (and the sandbox) match positions as case-insensitive substrings ("Director" contains "cto").
        return texts.length > 0 && texts.every((text) => /cto|head of sales/i.test(text));
      })
      .toBe(true);
    await expect(page.getByText(/^\d+ in total$/)).not.toHaveText('64 in total');

    const names = (await popup.prospects.locator('.prospect-name').allTextContents()).slice(0, 2);
    expect(names).toHaveLength(2);
    for (const name of names) await popup.select(name);
    await popup.createList('E2E picks');
    await expect(page.getByRole('combobox', { name: 'List', exact: true })).toHaveValue(/\d+/);
    await popup.addSelectionToList();
    for (const name of names)
      await expect(popup.prospect(name).getByText('Already in list')).toBeVisible({ timeout: 20_000 });

    const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as {
      lists: { id: number; name: string; prospects: { name: string }[] }[];
    };
    const list = state.lists.find((l) => l.name === 'E2E picks');
    expect(list).toBeDefined();
    // The server's truth: both are in the list, once.
    expect(list?.prospects.map((prospect) => prospect.name).sort()).toEqual([...names].sort());
    const calls = addCalls(await sandbox.log());
    const bodies = calls.map((call) => call.body as Record<string, unknown>);
    const first = bodies.filter((body) => body['updateContact'] === undefined);
    expect(first).toHaveLength(2);
    for (const [index, body] of first.entries()) {
      expect(String(body['listId'])).toBe(String(list?.id));
      expect(`${String(body['firstName'])} ${String(body['lastName'])}`).toBe(names[index]);
      expect(JSON.stringify(body)).toMatch(/linkedin\.com|@acme-robotics\.example/);
    }
    // A person the account already held (seeded in another list) is asked again with updateContact,
    // which is what puts them in this list; nobody else is.
    const again = bodies.filter((body) => body['updateContact'] !== undefined);
    for (const body of again) {
      expect(body['updateContact']).toBe('1');
      expect(names).toContain(`${String(body['firstName'])} ${String(body['lastName'])}`);
    }
    expect(again.length).toBeLessThanOrEqual(1);
    const sent = calls.length;

    await popup.addSelectionToList();
    await expect(page.getByRole('status').filter({ hasText: /already in list/ })).toBeVisible();
    expect(addCalls(await sandbox.log())).toHaveLength(sent);
  });

  test('exports the selected prospects to a CSV file (the CSV code loads on the first export)', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    await expect(popup.prospects.getByRole('checkbox')).toHaveCount(20);
    const names = (await popup.prospects.locator('.prospect-name').allTextContents()).slice(0, 2);
    for (const name of names) await popup.select(name);
    const [download] = await Promise.all([
      popup.page.waitForEvent('download'),
      popup.page.getByRole('button', { name: /^Export .* to CSV$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^prospects-acme-robotics\.example-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    expect(rows[0]).toContain('Name,First name,Last name');
    expect(rows).toHaveLength(3);
    for (const name of names) expect(rows.some((row) => row.includes(name))).toBe(true);
    await expect(popup.page.getByText('Exported 2 prospects to CSV.')).toBeAttached();
  });

  test('a free-mail address on the page is marked as such (the worker fetches its packaged lists)', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    // Opening the popup has the worker read the page and rank what it found, with the lists.
    await PopupPage.openFor(context, worker, extensionId, `${site.url}/fixtures/northwind-analytics.html`);
    const storedFlags = () =>
      worker.evaluate(async () => {
        // The tab contexts the worker stored (storage.session), each with the page's e-mails.
        const stored: Record<string, { emails?: { email: string; isFreeMail: boolean }[] }> =
          await chrome.storage.session.get(null);
        const emails = Object.values(stored).flatMap((value) =>
          Array.isArray(value.emails) ? value.emails : [],
        );
        return Object.fromEntries(emails.map((email) => [email.email, email.isFreeMail]));
      });
    await expect.poll(async () => Object.keys(await storedFlags()).length).toBeGreaterThan(1);
    const flags = await storedFlags();
    expect(flags['northwind.community@gmail.com']).toBe(true);
    expect(Object.values(flags).filter((isFree) => !isFree).length).toBeGreaterThan(0);
  });

  test('verifies a pasted list of 12 e-mails in 2 batches', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    const emails = Array.from({ length: 12 }, (_, i) => `person${i}@acme-robotics.example`);
    await expect(popup.page.getByText(/May cost up to/)).toHaveCount(1); // the finder's note only
    await popup.page.getByRole('textbox', { name: 'E-mails to verify' }).fill(emails.join('\n'));
    await expect(popup.page.getByText('May cost up to 12 credits', { exact: false })).toBeVisible();
    await popup.page.getByRole('button', { name: 'Verify 12 e-mails' }).click();
    await expect
      .poll(
        async () => (await sandbox.log()).filter((e) => e.path === '/v2/email-verification/start').length,
        { timeout: 20_000 },
      )
      .toBe(2);
    const starts = (await sandbox.log()).filter((e) => e.path === '/v2/email-verification/start');
    const sent = starts.flatMap(
      (e) =>
        decodeURIComponent(JSON.stringify([e.body, e.query])).match(/person\d+@acme-robotics\.example/g) ??
        [],
    );
    expect(new Set(sent)).toEqual(new Set(emails));
  });
});
