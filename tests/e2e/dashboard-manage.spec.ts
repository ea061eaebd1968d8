import type { Page } from '@playwright/test';
import { connectToSandbox, expect, test } from './fixtures';
import type { Sandbox, SandboxLogEntry } from './fixtures';

const Q3 = 237945; // seeded: paused, list "Q3 targets"
const DRAFT = 237956; // seeded: "Test campaign", draft, content not written

async function openDashboard(page: Page, extensionId: string, hash: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
}

async function apiCalls(sandbox: Sandbox): Promise<SandboxLogEntry[]> {
  return (await sandbox.log()).filter((entry) => !entry.path.startsWith('/__sandbox'));
}

test.describe('outreach dashboard: managing', () => {
  test.beforeEach(async ({ worker, sandbox }) => {
    await connectToSandbox(worker, sandbox.url);
  });

  test('warm-up: start one, see daily statistics as a chart, pause one, delete one', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, '#/warm-up');
    await expect(page.getByRole('table', { name: 'Warm-ups' })).toContainText(
      'sender@prospector-demo.example',
    );
    await page.getByRole('button', { name: 'Start a warm-up' }).click();
    await page.getByLabel('Sender account').selectOption({ label: 'broken@prospector-demo.example' });
    await page.getByLabel('E-mails per day (target)').fill('30');
    await page.getByRole('button', { name: 'Start warm-up' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'broken@prospector-demo.example' })).toBeVisible();

    await page.getByRole('button', { name: 'Statistics for sender@prospector-demo.example' }).click();
    await page.getByLabel('Period').selectOption('month');
    await expect(page.getByRole('table', { name: 'Warm-up e-mails per day (data)' })).toBeVisible();
    await expect(page.locator('.chart canvas')).toBeVisible();

    await page.getByRole('button', { name: 'Pause sender@prospector-demo.example' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'sender@prospector-demo.example' })).toContainText(
      'Paused',
    );
    await page.getByRole('button', { name: 'Delete warm-up of broken@prospector-demo.example' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete warm-up of broken@prospector-demo.example' })
      .click();
    await expect(page.getByRole('row').filter({ hasText: 'broken@prospector-demo.example' })).toHaveCount(0);

    const calls = await apiCalls(sandbox);
    expect(calls.find((c) => c.method === 'POST' && c.path === '/v2/warm-up')?.body).toMatchObject({
      email_account_id: 12355,
      per_day: 30,
      strategy: 'progressive',
      from: 2,
      increase: 2,
    });
    expect(
      calls.some(
        (c) => c.path === '/v2/warm-up/statistics/123' && c.status === 200 && c.query?.['period'] === 'month',
      ),
    ).toBe(true);
    expect(calls.find((c) => c.method === 'PATCH' && c.path === '/v2/warm-up/123')?.body).toEqual({
      status: 'paused',
    });
    expect(
      calls.some((c) => c.method === 'DELETE' && /^\/v2\/warm-up\/\d+$/u.test(c.path) && c.status === 200),
    ).toBe(true);
  });

  test('campaign content and settings: write, edit, refused delete in words, rename, delete the campaign', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, `#/campaigns/${DRAFT}/steps`);
    await expect(page.getByText('Step 1 has no content yet.')).toBeVisible();
    await page.getByLabel('Subject (Step 1)').fill('First subject');
    await page.getByLabel('Body (Step 1)').fill('Plain body');
    await page.getByRole('button', { name: 'Save Step 1' }).click();
    await page.getByRole('button', { name: 'Edit Step 1' }).click();
    await page.getByLabel('Subject (Step 1)').fill('Second subject');
    await page.getByRole('button', { name: 'Save Step 1' }).click();
    await expect(page.getByRole('article', { name: 'Step 1' })).toContainText('Second subject');
    await page.getByRole('button', { name: 'Delete Step 1' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Step 1' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Snov.io refused the request' })).toBeVisible();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Campaign name').fill('Renamed test');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Renamed test');
    await page.getByRole('button', { name: 'Delete campaign' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete campaign' }).click();
    await expect(page.getByRole('table', { name: 'Campaigns' })).toContainText('Q3 outreach');
    await expect(page.getByRole('table', { name: 'Campaigns' })).not.toContainText('Renamed test');

    const calls = await apiCalls(sandbox);
    const content = `/v2/campaigns/${DRAFT}/steps/`;
    expect(
      calls.some(
        (c) =>
          c.method === 'POST' &&
          c.path.startsWith(content) &&
          c.path.endsWith('/content/create') &&
          c.status === 200,
      ),
    ).toBe(true);
    expect(calls.find((c) => c.method === 'PATCH' && c.path.startsWith(content))?.body).toMatchObject({
      subject: 'Second subject',
    });
    expect(calls.some((c) => c.method === 'DELETE' && c.path.startsWith(content))).toBe(true);
    expect(
      calls.find((c) => c.method === 'PATCH' && c.path === `/v2/campaigns/${DRAFT}`)?.body,
    ).toMatchObject({ title: 'Renamed test' });
    expect(calls.find((c) => c.method === 'DELETE' && c.path === `/v2/campaigns/${DRAFT}`)?.status).toBe(200);
  });

  test('recipients: change a recipient status and list finished prospects', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as {
      lists: { id: number; prospects: { email: string | null }[] }[];
    };
    const emails = (state.lists.find((list) => list.id === 1818600)?.prospects ?? [])
      .flatMap((p) => (p.email ? [p.email] : []))
      .slice(0, 15);
    const page = await context.newPage();
    await openDashboard(page, extensionId, `#/campaigns/${Q3}/recipients`);
    await expect(page.getByRole('table', { name: 'Prospects who finished this campaign' })).toBeVisible();
    await page.getByLabel('E-mail addresses to check').fill(emails.join('\n'));
    await page.getByRole('button', { name: 'Check status' }).click();
    const apply = page.getByRole('button', { name: /^Apply to / }).first();
    const email = ((await apply.textContent()) ?? '').replace('Apply to ', '').trim();
    await page.getByLabel(`New status for ${email}`).selectOption('Unsubscribed');
    await apply.click();
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Unsubscribed');

    const calls = await apiCalls(sandbox);
    expect(calls.find((c) => c.path === '/v1/change-recipient-status')?.body).toMatchObject({
      email,
      campaign_id: String(Q3),
      status: 'Unsubscribed',
    });
    expect(calls.some((c) => c.path === '/v1/prospect-finished' && c.status === 200)).toBe(true);
  });

  test('analytics across campaigns with filters', async ({ context, extensionId, sandbox }) => {
    const page = await context.newPage();
    await openDashboard(page, extensionId, '#/analytics');
    await expect(page.getByRole('table', { name: 'Results in this period' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Q3 outreach' }).check();
    await page.getByRole('checkbox', { name: 'sender@prospector-demo.example' }).check();
    await expect(page.getByRole('table', { name: 'E-mail funnel (data)' })).toBeVisible();
    await expect(page.locator('.chart canvas')).toBeVisible();
    await expect
      .poll(async () =>
        (await apiCalls(sandbox)).some(
          (c) =>
            c.path === '/v2/statistics/campaign-analytics' &&
            c.query?.['campaign_id'] === String(Q3) &&
            c.query['sender_email'] === '11980',
        ),
      )
      .toBe(true);
  });
});
