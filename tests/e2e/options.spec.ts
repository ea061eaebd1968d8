import { DEMO, expect, test } from './fixtures';
import { axeViolations } from './pages/axe';
import { overflowingControls } from './pages/layout';

test.describe('options page', () => {
  test('refuses wrong credentials with a message, accepts the right ones, shows the account and disconnects', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel('API User ID').fill(DEMO.clientId);
    await page.getByLabel('API Secret').fill('wrong-secret');
    await page.getByLabel('API base URL').fill(sandbox.url);
    await page.getByRole('button', { name: 'Save and connect' }).click();
    await expect(page.getByRole('alert')).toContainText(/API User ID and Secret/i);
    expect(await worker.evaluate(() => chrome.storage.local.get('credentials'))).toEqual({});

    await page.getByLabel('API Secret').fill(DEMO.clientSecret);
    await page.getByRole('button', { name: 'Save and connect' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    await expect(page.getByText('demo-user-id', { exact: true })).toBeVisible();
    await expect(page.getByText('25,000 credits', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not connected' })).toBeVisible();
  });

  test('saves preferences, exports them without secrets and refuses a bad import', async ({
    context,
    extensionId,
    worker,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const ttl = page.getByRole('spinbutton', { name: 'Keep results for (hours)' });
    await ttl.fill('12');
    await page.getByRole('button', { name: 'Save cache time' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Notify me when a prospect replies to a campaign' }).check();
    await expect
      .poll(async () => {
        const { settings } = await worker.evaluate(() => chrome.storage.local.get('settings'));
        return settings;
      })
      .toMatchObject({ cacheTtlHours: 12, replyNotifications: { enabled: true, intervalMinutes: 15 } });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const exported = await readFile(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'prospector-settings',
      settings: { cacheTtlHours: 12 },
    });
    expect(exported).not.toMatch(/secret|token|clientId/i);

    await page.getByLabel('Import settings…').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"nope"}'),
    });
    await expect(page.getByText(/not a Prospector settings file/)).toBeVisible();
  });

  test('has no axe violations in light and dark', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'Prospector settings' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Export and import' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowingControls(page)).toEqual([]);
    // An input and its button on one line sit on the same baseline.
    for (const [field, button] of [
      ['Site', 'Allow detection'],
      ['Keep results for (hours)', 'Save cache time'],
    ] as const) {
      const input = await page
        .getByRole('textbox', { name: field })
        .or(page.getByRole('spinbutton', { name: field }))
        .boundingBox();
      const action = await page.getByRole('button', { name: button }).boundingBox();
      expect(
        Math.abs((input?.y ?? 0) + (input?.height ?? 0) - (action?.y ?? 0) - (action?.height ?? 0)),
      ).toBeLessThanOrEqual(2);
    }
    await page.screenshot({ path: 'artifacts/screenshots/options-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'artifacts/screenshots/options-dark.png', fullPage: true });
  });
});
