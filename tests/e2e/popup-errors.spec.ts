import { describeError } from '../../lib/describe-error';
import { connectToSandbox, expect, test } from './fixtures';
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

test.describe('popup failure states, in plain words', () => {
  test('rate limited (429)', async ({ context, extensionId, sandbox, worker }) => {
    await connectToSandbox(worker, sandbox.url);
    // Retry-After: 1 s keeps the client's bounded retries short before it reports rate-limited.
    await sandbox.control('config', { retryAfterHeader: 1 });
    await sandbox.control('faults', { kind: '429', count: 50, pathPrefix: '/v2/domain-search' });
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    const title = describeError({ kind: 'rate-limited', retryAfterMs: 1000 }).title;
    await expect(
      popup.page
        .getByText(title)
        .or(popup.page.getByText(/slow down/))
        .first(),
    ).toBeVisible({ timeout: 45_000 });
  });

  test('credentials refused (401)', async ({ context, extensionId, sandbox, worker }) => {
    await connectToSandbox(worker, sandbox.url);
    await sandbox.control('faults', { kind: '401', count: 50 });
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    const titles = [
      describeError({ kind: 'auth-expired' }).title,
      describeError({ kind: 'auth-invalid' }).title,
    ];
    await expect(
      popup.page
        .getByText(titles[0] ?? '')
        .or(popup.page.getByText(titles[1] ?? ''))
        .first(),
    ).toBeVisible({ timeout: 20_000 });
  });

  test('out of credits', async ({ context, extensionId, sandbox, worker }) => {
    await connectToSandbox(worker, sandbox.url);
    await sandbox.control('config', { balance: 0 });
    const popup = await PopupPage.openFor(context, worker, extensionId, `${site.url}/acme/about`);
    await expect(popup.page.getByText(describeError({ kind: 'out-of-credits' }).title).first()).toBeVisible({
      timeout: 20_000,
    });
  });
});
