import { expect, test } from './fixtures';
import { axeViolations } from './pages/axe';
import { overflowingControls } from './pages/layout';
import { PopupPage } from './pages/popup';

test.describe('popup before connecting', () => {
  test('explains what to do instead of a blank popup, in light and dark, with no axe violations', async ({
    context,
    extensionId,
  }) => {
    const popup = await PopupPage.open(context, extensionId);
    const { page } = popup;
    await expect(page.getByRole('heading', { name: 'Connect your Snov.io account' })).toBeVisible();
    await expect(page.getByText(/API User ID/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try the local sandbox' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowingControls(page)).toEqual([]);
    await popup.screenshot('popup-onboarding-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await popup.screenshot('popup-onboarding-dark.png');

    const [options] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Try the local sandbox' }).click(),
    ]);
    await expect(options.getByLabel('API User ID')).toHaveValue('demo-user-id');
    await expect(options.getByLabel('API base URL')).toHaveValue('http://127.0.0.1:8787');
  });
});
