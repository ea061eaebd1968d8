/** Page object for the popup, opened as a tab bound to a page's tab (`popup.html?tabId=N`). */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

/** The id of the first tab whose URL starts with `urlPrefix` (asked from the service worker). */
export async function tabIdOf(worker: Worker, urlPrefix: string): Promise<number> {
  return worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(prefix));
    if (tab?.id === undefined) throw new Error(`no tab for ${prefix}`);
    return tab.id;
  }, urlPrefix);
}

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens `pageUrl` in a tab, then the popup bound to that tab. */
  static async openFor(
    context: BrowserContext,
    worker: Worker,
    extensionId: string,
    pageUrl: string,
  ): Promise<PopupPage> {
    const site = await context.newPage();
    await site.goto(pageUrl);
    const tabId = await tabIdOf(worker, pageUrl);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  /** Opens the popup without a page (e.g. for onboarding). */
  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  get prospects(): Locator {
    return this.page.getByRole('list', { name: /^Prospects at / });
  }

  prospect(name: string): Locator {
    return this.prospects
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('checkbox', { name, exact: true }) });
  }

  async filterByPosition(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Positions' }).fill(text);
    await this.page.getByRole('button', { name: 'Filter', exact: true }).click();
  }

  async select(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name, exact: true }).check();
  }

  async createList(name: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: 'List', exact: true })
      .selectOption({ label: '+ New list…' });
    await this.page.getByRole('textbox', { name: 'New list name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create list' }).click();
  }

  async addSelectionToList(): Promise<void> {
    await this.page.getByRole('button', { name: /^Add \d+ prospects? to list$/ }).click();
  }

  async verifyPasted(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'E-mails to verify' }).fill(text);
    await this.page.getByRole('button', { name: /^Verify \d+ e-mails?$/ }).click();
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: `artifacts/screenshots/${file}`, fullPage: true });
  }
}
