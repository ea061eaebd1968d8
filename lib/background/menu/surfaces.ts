/** The browser surfaces "Enrich this profile" uses: the side panel (Chrome) or sidebar (Firefox), and notifications. */
import { browser } from 'wxt/browser';
import { log } from '../../log';

// The extension icon, relative to the extension's root (Chrome refuses a notification without one).
const ICON = '/icon/128.png';

interface Openable {
  open(): Promise<void>;
}

function isOpenable(value: unknown): value is Openable {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'open') === 'function';
}

/**
 * Opens the side panel for a tab. Call it first thing in a click or command handler: Chrome only
 * allows `sidePanel.open()` in response to a user gesture, which an `await` before it would lose.
 */
export function openSidePanel(
  tab: { readonly id?: number | undefined; readonly windowId?: number | undefined } | undefined,
): Promise<boolean> {
  try {
    // Chrome's side panel; absent in Firefox although the typings always declare it.
    const sidePanel: unknown = Reflect.get(browser, 'sidePanel');
    if (sidePanel !== undefined && tab?.id !== undefined) {
      return browser.sidePanel.open({ tabId: tab.id }).then(
        () => true,
        (error: unknown) => {
          log('info', 'side-panel-not-opened', { error: String(error) });
          return false;
        },
      );
    }
    // Firefox: the sidebar (sidebar_action); not in Chrome's typings.
    const sidebar: unknown = Reflect.get(browser, 'sidebarAction');
    if (isOpenable(sidebar))
      return sidebar.open().then(
        () => true,
        () => false,
      );
  } catch (error) {
    log('info', 'side-panel-not-opened', { error: String(error) });
  }
  return Promise.resolve(false);
}

/** Shows a system notification (where the panel could not open). */
export async function notify(title: string, message: string): Promise<void> {
  await browser.notifications
    .create({ type: 'basic', iconUrl: ICON, title: title.slice(0, 100), message: message.slice(0, 300) })
    .catch((error: unknown) => {
      log('warn', 'notification-failed', { error: String(error) });
    });
}
