import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { connectToSandbox, expect, test } from './fixtures';
import type { Sandbox, SandboxLogEntry } from './fixtures';
import { overflowingControls } from './pages/layout';

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');
const NURTURE = 237960; // seeded: active, list "Website leads"
const Q3 = 237945; // seeded: paused, content written, activity before the anchor date

async function openDashboard(page: Page, extensionId: string, hash = '#/campaigns'): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
}

/** API calls only (no /__sandbox controls). */
async function apiCalls(sandbox: Sandbox): Promise<SandboxLogEntry[]> {
  return (await sandbox.log()).filter((entry) => !entry.path.startsWith('/__sandbox'));
}

async function setNotifications(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(async (on) => {
    const stored: Record<string, unknown> = await chrome.storage.local.get('settings');
    const settings: unknown = stored['settings'];
    const base = typeof settings === 'object' && settings !== null ? settings : {};
    await chrome.storage.local.set({
      settings: { ...base, replyNotifications: { enabled: on, intervalMinutes: 5 } },
    });
  }, enabled);
}

/** The dashboard's saved answers (`session:dashboard-answers`), read in the worker. */
async function savedAnswers(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const stored: Record<string, unknown> = await chrome.storage.session.get('dashboard-answers');
    const answers = stored['dashboard-answers'];
    return typeof answers === 'object' && answers !== null ? { ...answers } : {};
  });
}

test.describe('outreach dashboard', () => {
  test.beforeEach(async ({ worker, sandbox }) => {
    await connectToSandbox(worker, sandbox.url);
  });

  test('create a campaign on a list, write its steps, start and pause it, see its analytics and charts', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, '#/campaigns/new');
    await expect(page.getByLabel('Campaign name')).toBeVisible();
    expect(await overflowingControls(page)).toEqual([]);
    await page.getByLabel('Campaign name').fill('Winter launch');
    await page.getByLabel('Prospect list').selectOption({ label: 'Q3 targets (40 prospects)' });
    await page.getByRole('checkbox', { name: /Demo Sender/ }).check();
    await page.getByLabel('Sending schedule').selectOption({ label: 'Weekdays 9-17 (America/New_York)' });
    await page.getByRole('button', { name: 'Create campaign' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('Winter launch');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Draft');
    for (const step of ['Step 1', 'Step 2']) {
      await page.getByLabel(`Subject (${step})`).fill(`Hello {{first_name}} (${step})`);
      await page
        .getByLabel(`Body (${step})`)
        .fill(`<p>Hi {{first_name}},</p><p>${step} body.</p><script>alert(1)</script>`);
      await page.getByRole('button', { name: `Save ${step}` }).click();
      // Shown back as text: the tags are gone, nothing from the body ran or rendered as HTML.
      await expect(page.getByLabel(`${step} body`)).toContainText(`${step} body.`);
      await expect(page.getByLabel(`${step} body`)).not.toContainText('<p>');
    }

    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Active');
    await page.getByRole('button', { name: 'Pause campaign' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Paused');

    await page.getByRole('link', { name: 'Analytics' }).last().click();
    await expect(page.getByRole('table', { name: 'E-mail funnel (data)' })).toBeVisible();
    await expect(page.locator('.chart canvas').first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Results in this period' })).toContainText('E-mails sent');

    const calls = await apiCalls(sandbox);
    const create = calls.find((c) => c.method === 'POST' && c.path === '/v2/campaigns/create');
    expect(create?.status).toBe(200);
    expect(create?.body).toMatchObject({
      title: 'Winter launch',
      recipients: { list_id: 1818600 },
      email_accounts: [11980],
      schedule_id: 1074,
    });
    const contentWrites = calls.filter(
      (c) => c.method === 'POST' && /\/v2\/campaigns\/\d+\/steps\/\d+\/content\/create$/u.test(c.path),
    );
    expect(contentWrites.map((c) => c.status)).toEqual([200, 200]);
    const actions = calls.filter((c) => c.method === 'POST' && /\/v2\/campaigns\/\d+\/action$/u.test(c.path));
    expect(actions.map((c) => [c.status, c.body])).toEqual([
      [200, { action: 'start' }],
      [200, { action: 'pause' }],
    ]);
    expect(calls.some((c) => c.path === '/v2/statistics/campaign-analytics' && c.status === 200)).toBe(true);
    expect(calls.some((c) => /\/v2\/campaigns\/\d+\/progress$/u.test(c.path) && c.status === 200)).toBe(true);
  });

  test('a campaign with activity shows the activity chart, paged tables and its recipients', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, `#/campaigns/${Q3}/analytics`);
    await expect(page.getByRole('table', { name: 'Activity over time (data)' })).toBeVisible();
    await page.getByLabel('Show').selectOption('opens');
    await expect(page.getByRole('table', { name: 'Opens' })).toBeVisible();
    await page.getByLabel('Show').selectOption('sent');
    await expect(page.getByRole('table', { name: 'E-mails sent' })).toBeVisible();

    await page.getByRole('link', { name: 'Recipients' }).click();
    await page.getByLabel('E-mail addresses to check').fill('nobody@nowhere.example');
    await page.getByRole('button', { name: 'Check status' }).click();
    await expect(page.getByRole('table', { name: 'Recipient status' })).toContainText(
      'nobody@nowhere.example',
    );
    await expect(page.getByRole('table', { name: 'Do-not-email lists' })).toContainText('Do-not-email List');
    await page.getByLabel('E-mail addresses or domains to exclude').fill('blocked.example');
    await page.getByRole('button', { name: 'Add to list' }).click();
    await expect(page.getByText(/^Added/u)).toBeVisible();

    const calls = await apiCalls(sandbox);
    const activity = calls.filter((c) => c.path === `/v2/campaigns/${Q3}/recipients-activity`);
    expect(activity.length).toBeGreaterThan(0);
    expect(activity.every((c) => c.status === 200)).toBe(true);
    expect(calls.some((c) => c.path === '/v1/get-emails-opened' && c.status === 200)).toBe(true);
    expect(calls.some((c) => c.path === `/v2/campaigns/${Q3}/recipient` && c.status === 200)).toBe(true);
    expect(calls.some((c) => c.path === '/v1/do-not-email-list' && c.status === 200)).toBe(true);
  });

  test('add a sender account and see its connection status in words', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, '#/senders');
    await expect(page.getByRole('table', { name: 'Sender accounts' })).toContainText(
      'sender@prospector-demo.example',
    );
    await page.getByRole('button', { name: 'Add sender account' }).click();
    await page.getByLabel('Sender name').fill('Ops Team');
    await page.getByLabel('E-mail address').fill('ops@prospector-demo.example');
    await page.getByLabel('Password').fill('app-password');
    await page.getByLabel('SMTP server').fill('smtp.refused.example');
    await page.getByLabel('SMTP port').selectOption('587');
    await page.getByRole('button', { name: 'Add sender account' }).click();
    const row = page.getByRole('row').filter({ hasText: 'ops@prospector-demo.example' });
    await expect(row).toContainText('SMTP: failed (Connection refused)');

    const calls = await apiCalls(sandbox);
    const create = calls.find((c) => c.method === 'POST' && c.path === '/v2/sender-accounts/emails');
    expect(create?.body).toMatchObject({
      sender_name: 'Ops Team',
      smtp: { host: 'smtp.refused.example', port: 587, encryption: 'tls' },
    });
    expect(calls.some((c) => c.path === '/v2/sender-accounts/check-sender-status' && c.status === 200)).toBe(
      true,
    );

    await page.getByRole('button', { name: 'Check connection of sender@prospector-demo.example' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'sender@prospector-demo.example' })).toContainText(
      'SMTP: connected',
    );
  });

  test('create, disable and delete a webhook; the plan requirement is explained', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, '#/webhooks');
    await page.getByLabel('Event').selectOption({ label: 'LinkedIn connection accepted' });
    await page.getByLabel('Endpoint URL').fill('https://hooks.example.com/snov/t0ken');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const row = page.getByRole('row').filter({ hasText: 'https://hooks.example.com/snov/t0ken' });
    await expect(row).toContainText('LinkedIn connection accepted');
    await row.getByRole('button', { name: /^Disable webhook/u }).click();
    await expect(row).toContainText('Disabled');
    await row.getByRole('button', { name: /^Delete webhook/u }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /^Delete webhook/u })
      .click();
    await expect(row).toHaveCount(0);

    const calls = await apiCalls(sandbox);
    const create = calls.find((c) => c.method === 'POST' && c.path === '/v2/webhooks');
    expect(create?.body).toEqual({
      event_object: 'campaign_li',
      event_action: 'connection_request_accepted',
      endpoint_url: 'https://hooks.example.com/snov/t0ken',
    });
    expect(
      calls.some((c) => c.method === 'PUT' && /^\/v2\/webhooks\/\d+$/u.test(c.path) && c.status === 200),
    ).toBe(true);
    expect(
      calls.some((c) => c.method === 'DELETE' && /^\/v2\/webhooks\/\d+$/u.test(c.path) && c.status === 200),
    ).toBe(true);

    await sandbox.control('config', { premium: false });
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'premium plan' }).first()).toBeVisible();
  });

  test('a new reply in the sandbox produces one notification and shows in the dashboard', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await setNotifications(worker, true);
    // Switching on records the replies that exist (the baseline) without notifying.
    await expect
      .poll(
        async () =>
          (await apiCalls(sandbox)).filter((c) => c.path === `/v2/campaigns/${NURTURE}/all-replies`).length,
      )
      .toBeGreaterThan(0);
    await expect
      .poll(() =>
        worker.evaluate(() =>
          chrome.alarms.get('prospector:reply-poll').then((alarm) => alarm?.periodInMinutes),
        ),
      )
      .toBe(5);
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

    await sandbox.control('replies', {
      campaignId: NURTURE,
      message: 'Yes, let us talk on Tuesday.\nBest, Ana',
    });
    // Fire the poll alarm now instead of waiting for the interval.
    await worker.evaluate(() =>
      chrome.alarms.create('prospector:reply-poll', { when: Date.now() + 50, periodInMinutes: 5 }),
    );
    await expect
      .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())))
      .toHaveLength(1);
    const [id = ''] = Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
    expect(id).toMatch(new RegExp(`^prospector-reply\\|${NURTURE}\\|`, 'u'));
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    const [, campaignId, key] = id.split('|');
    const page = await context.newPage();
    await openDashboard(page, extensionId, `#/campaigns/${campaignId}/replies/${key}`);
    const reply = page.locator('article[aria-current="true"]');
    await expect(reply).toContainText('Yes, let us talk on Tuesday.');
    await expect(reply).toBeFocused();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    // Seen replies are not notified again.
    await page.getByRole('button', { name: 'Check for new replies now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No new replies.' })).toBeVisible();
  });

  test('a dashboard opened again within a minute shows the last answers without a request; reload asks again', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const first = await context.newPage();
    await openDashboard(first, extensionId, '#/campaigns');
    const campaigns = first.getByRole('table', { name: 'Campaigns' });
    await expect(campaigns).toContainText('Q3 outreach');
    await expect(campaigns).not.toContainText('…');
    // Each answer is saved just after it is shown: wait for the list and every campaign's metrics.
    const rows = (await campaigns.getByRole('row').count()) - 1;
    await expect
      .poll(async () => {
        const keys = Object.keys(await savedAnswers(worker));
        return [
          keys.filter((key) => key.startsWith('listOutreachCampaigns:')).length,
          keys.filter((key) => key.startsWith('getCampaignMetrics:')).length,
        ];
      })
      .toEqual([1, rows]);
    await first.close();
    const asked = (await apiCalls(sandbox)).length;
    expect(asked).toBeGreaterThan(0);

    const second = await context.newPage();
    await openDashboard(second, extensionId, '#/campaigns');
    await expect(second.getByRole('table', { name: 'Campaigns' })).toContainText('Q3 outreach');
    await expect(second.getByRole('table', { name: 'Campaigns' })).not.toContainText('…');
    expect((await apiCalls(sandbox)).length).toBe(asked);

    await second.reload();
    await expect(second.getByRole('table', { name: 'Campaigns' })).toContainText('Q3 outreach');
    await expect.poll(async () => (await apiCalls(sandbox)).length).toBeGreaterThan(asked);
  });

  test('screenshots of the dashboard in light and dark, with no axe violations', async ({
    context,
    extensionId,
  }) => {
    await mkdir(SHOTS, { recursive: true });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openDashboard(page, extensionId, '#/campaigns');
      await expect(page.getByRole('table', { name: 'Campaigns' })).toContainText('Q3 outreach');
      await expect(page.getByRole('table', { name: 'Campaigns' })).not.toContainText('…');
      await page.screenshot({ path: path.join(SHOTS, `dashboard-campaigns-${scheme}.png`), fullPage: true });
      expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual(
        [],
      );
      await openDashboard(page, extensionId, `#/campaigns/${Q3}/analytics`);
      await expect(page.locator('.chart canvas').first()).toBeVisible();
      await page.screenshot({ path: path.join(SHOTS, `dashboard-analytics-${scheme}.png`), fullPage: true });
      expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual(
        [],
      );
    }
  });
});
