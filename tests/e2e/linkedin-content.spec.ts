import { expect, test } from './fixtures';
import { linkedinAppHtml, seededPeople } from '../fixtures/linkedin/e2e/linkedin-app';

const people = seededPeople(25);

test.describe('LinkedIn content script', () => {
  test('leaves no trace in the page: no added nodes, no extension URLs', async ({ context }) => {
    await context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: linkedinAppHtml(people) }),
    );
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/search/results/people/?keywords=acme');
    await expect(page.locator('main li')).toHaveCount(25);
    const trace = await page.evaluate(() => ({
      extensionUrls: new XMLSerializer().serializeToString(document).includes('chrome-extension://'),
      bodyChildren: [...document.body.children].map((child) => child.tagName.toLowerCase()),
    }));
    expect(trace.extensionUrls).toBe(false);
    expect(trace.bodyChildren).toEqual(['header', 'main', 'script', 'script']);
  });
});
