/**
 * "Enrich this profile" from the context menu (a link to a LinkedIn profile anywhere, or a LinkedIn
 * profile page) and from the `enrich-current-profile` shortcut. It opens the side panel for the tab,
 * puts the profile in focus there (`session:panel-focus`), and queues the same `enrichProfiles` use
 * case the panel uses; where the panel cannot open, the result arrives as a notification.
 */
import { browser } from 'wxt/browser';
import { describeProfileResult } from './describe';
import { PANEL_FOCUS_STORAGE_KEY, type PanelFocus } from '../../messaging/protocol/dto';
import { enrichProfiles, getProfiles, profileRef } from '../prospecting/enrich';
import type { Services } from '../services';

/** The menu items: one for links, one for the page itself. */
export const MENU_LINK_ID = 'prospector-enrich-link';
export const MENU_PAGE_ID = 'prospector-enrich-page';
/** The keyboard command declared in wxt.config.ts. */
export const ENRICH_COMMAND = 'enrich-current-profile';

/** LinkedIn person profile URLs (country and mobile subdomains included; /pub/ is the legacy form). */
export const PROFILE_URL_PATTERNS = [
  '*://*.linkedin.com/in/*',
  '*://linkedin.com/in/*',
  '*://*.linkedin.com/pub/*',
  '*://*.linkedin.com/m/in/*',
  '*://*.linkedin.com/mwlite/in/*',
];

/** What the click handler needs. */
export interface EnrichProfileDeps {
  readonly services: Services;
  readonly openPanel: (
    tab: { readonly id?: number | undefined; readonly windowId?: number | undefined } | undefined,
  ) => Promise<boolean>;
  readonly notify: (title: string, message: string) => Promise<void>;
}

/** The bits of a context-menu click the handler reads. */
export interface MenuClick {
  readonly menuItemId: string | number;
  readonly linkUrl?: string | undefined;
  readonly pageUrl?: string | undefined;
}

/** What happened, for tests. */
export interface EnrichClickOutcome {
  readonly jobId?: string;
  readonly panelOpened: boolean;
  readonly error?: string;
}

/** Recreates the menu items (call in runtime.onInstalled; `removeAll` first so updates never duplicate them). */
export async function createEnrichMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const title = 'Enrich this profile';
  browser.contextMenus.create({
    id: MENU_LINK_ID,
    title,
    contexts: ['link'],
    targetUrlPatterns: PROFILE_URL_PATTERNS,
  });
  browser.contextMenus.create({
    id: MENU_PAGE_ID,
    title,
    contexts: ['page'],
    documentUrlPatterns: PROFILE_URL_PATTERNS,
  });
}

/** Enriches one profile URL for a tab, with the panel already asked to open (`panel`). */
export async function enrichForTab(
  deps: EnrichProfileDeps,
  url: string,
  tab: { readonly id?: number | undefined } | undefined,
  panel: Promise<boolean>,
): Promise<EnrichClickOutcome> {
  const ref = profileRef(url, 'url');
  if (!ref.ok) {
    const panelOpened = await panel;
    await deps.notify(
      'Not a LinkedIn profile',
      'Prospector enriches links to LinkedIn profiles (linkedin.com/in/…).',
    );
    return { panelOpened, error: ref.error.kind };
  }
  const job = await enrichProfiles(deps.services, [url]);
  if (!job.ok) {
    const panelOpened = await panel;
    await deps.notify('Could not enrich this profile', describeProfileResult(undefined, job.error));
    return { panelOpened, error: job.error.kind };
  }
  const focus: PanelFocus = {
    person: { url: ref.value.canonicalUrl },
    tabId: tab?.id ?? -1,
    key: ref.value.key,
    jobId: job.value.jobId,
    at: deps.services.now(),
  };
  await browser.storage.session.set({ [PANEL_FOCUS_STORAGE_KEY.replace(/^session:/, '')]: focus });
  const panelOpened = await panel;
  if (!panelOpened) {
    const settled = await deps.services.queue.whenSettled(job.value.entryIds, { orBlocked: true });
    const entry = (await getProfiles(deps.services, [url]))[url];
    const error =
      'blocked' in settled
        ? {
            kind: settled.blocked.reason === 'offline' ? ('offline' as const) : ('rate-limited' as const),
            retryAfterMs: 0,
          }
        : undefined;
    await deps.notify('Prospector', describeProfileResult(entry, error));
  }
  return { jobId: job.value.jobId, panelOpened };
}

/** The contextMenus.onClicked handler. Opens the panel synchronously, before any await. */
export function handleEnrichClick(
  deps: EnrichProfileDeps,
  info: MenuClick,
  tab: { readonly id?: number | undefined; readonly windowId?: number | undefined } | undefined,
): Promise<EnrichClickOutcome> | undefined {
  if (info.menuItemId !== MENU_LINK_ID && info.menuItemId !== MENU_PAGE_ID) return undefined;
  const panel = deps.openPanel(tab);
  const url = info.menuItemId === MENU_LINK_ID ? info.linkUrl : (info.pageUrl ?? info.linkUrl);
  return enrichForTab(deps, url ?? '', tab, panel);
}

/** The commands.onCommand handler for the shortcut: enriches the active tab's profile. */
export function handleEnrichCommand(
  deps: EnrichProfileDeps,
  command: string,
  tab: { readonly id?: number | undefined; readonly url?: string | undefined } | undefined,
): Promise<EnrichClickOutcome> | undefined {
  if (command !== ENRICH_COMMAND) return undefined;
  const panel = deps.openPanel(tab);
  return enrichForTab(deps, tab?.url ?? '', tab, panel);
}
