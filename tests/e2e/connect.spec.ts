import { DEMO, expect, test } from './fixtures';

test.describe('connecting a Snov.io account', () => {
  test('the options page saves credentials and the popup shows the balance', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('API User ID').fill(DEMO.clientId);
    await options.getByLabel('API Secret').fill(DEMO.clientSecret);
    await options.getByLabel('API base URL').fill(sandbox.url);
    await options.getByRole('button', { name: 'Save and connect' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const status = popup.getByRole('status').filter({ hasText: 'Connected' });
    await expect(status).toContainText(/[\d,]+ credits left/);

    const balance = await fetch(`${sandbox.url}/__sandbox/state`).then(
      (r) => r.json() as Promise<{ balance: number }>,
    );
    await expect(status).toContainText(new Intl.NumberFormat('en-US').format(Math.floor(balance.balance)));
    const calls = await sandbox.log();
    expect(calls.some((c) => c.path === '/v1/oauth/access_token' && c.status === 200)).toBe(true);
    expect(calls.some((c) => c.path === '/v1/get-balance' && c.status === 200)).toBe(true);
  });

  test('wrong credentials are refused in plain words and nothing is saved', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('API User ID').fill('demo-user-id');
    await options.getByLabel('API Secret').fill('not-the-secret');
    await options.getByLabel('API base URL').fill(sandbox.url);
    await options.getByRole('button', { name: 'Save and connect' }).click();
    await expect(options.getByRole('alert')).toContainText(/API User ID and Secret/i);
    const stored = await worker.evaluate(() => chrome.storage.local.get('credentials'));
    expect(stored).toEqual({});

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('status').filter({ hasText: 'Not connected' })).toBeVisible();
  });

  test('empty fields are caught before any request', async ({ context, extensionId, sandbox }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save and connect' }).click();
    await expect(options.getByText('Enter your API User ID.')).toBeVisible();
    await expect(options.getByLabel('API User ID')).toHaveAttribute('aria-invalid', 'true');
    expect((await sandbox.log()).filter((c) => !c.path.startsWith('/__sandbox'))).toHaveLength(0);
  });
});
