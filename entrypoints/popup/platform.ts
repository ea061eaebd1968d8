/**
 * The popup's few browser calls, kept out of components.
 *
 * `popup.html?tabId=N` binds the popup to tab N instead of the active tab: e2e tests open the popup
 * as an ordinary tab next to the page under test, so "the active tab" would be the popup itself.
 */
import { browser } from 'wxt/browser';

/** The tab the popup is about: the `?tabId=` override, else the active tab of the current window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const override = Number(new URLSearchParams(search).get('tabId') ?? Number.NaN);
  if (Number.isInteger(override) && override >= 0) return override;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Opens the side panel. Must run synchronously inside the click handler: both browsers require the
 * user gesture, which is lost after an await.
 */
export function openSidePanel(tabId: number): void {
  const chromeApi = (globalThis as { chrome?: typeof chrome }).chrome;
  if (chromeApi?.sidePanel) {
    void chromeApi.sidePanel.open({ tabId });
    return;
  }
  const firefox = browser as unknown as { sidebarAction?: { open: () => Promise<void> } };
  void firefox.sidebarAction?.open();
}

/** Downloads text as a file through a temporary object URL. */
export function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
