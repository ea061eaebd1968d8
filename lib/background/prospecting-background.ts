/**
 * The prospecting half of the background: message handlers for page context and prospecting, and
 * the listeners that keep work moving (startup, alarms, network, tabs, context menu, shortcut,
 * settings). The entrypoint spreads `handlers` and calls `register()` synchronously.
 */
import { browser } from 'wxt/browser';
import type { Clock, Sleep } from '../api/sleep';
import type { Transport } from '../api/transport-types';
import { settingsItem, readSettings } from '../storage/items';
import { parseSettings } from '../storage/settings-schema';
import type { Handlers } from './handlers';
import type { ApiProvider, ProspectingApi } from './api-port';
import { createServices } from './create-services';
import {
  createEnrichMenus,
  handleEnrichClick,
  handleEnrichCommand,
  type EnrichProfileDeps,
} from './menu/enrich-profile';
import { notify, openSidePanel } from './menu/surfaces';
import { syncAutoDetect } from './page/auto-detect';
import { fetchMailLists } from './page/mail-list-files';
import { createPageService, scanWithScripting } from './page/page-service';
import { createProspectingHandlers } from './prospecting/handlers';
import type { Services } from './services';
import { createProspectingApi } from './snov-adapter';
import type { PageMessageName } from '../messaging/protocol/page';
import type { ProspectingMessageName } from '../messaging/protocol/prospecting';

/** The alarm that wakes the queue (retry times, and a watchdog while tasks run). */
export const QUEUE_ALARM = 'prospector-queue';
/** The name of the test hooks object on the worker's global scope (see `installTestHooks`). */
export const TEST_HOOKS = '__prospectorHooks';

/** What the prospecting background needs from the entrypoint. */
export interface ProspectingBackgroundDeps {
  readonly connection: () => Promise<{ readonly transport: Transport } | null>;
  readonly now: Clock;
  readonly sleep: Sleep;
}

/** The prospecting background: handlers to register and listeners to add. */
export interface ProspectingBackground {
  readonly handlers: Pick<Handlers, ProspectingMessageName | PageMessageName>;
  readonly services: Services;
  /** Adds every listener; call synchronously at the top of the background's main. */
  register(): void;
}

function apiProvider(connection: ProspectingBackgroundDeps['connection']): ApiProvider {
  const bound = new WeakMap<Transport, ProspectingApi>();
  return async () => {
    const current = await connection();
    if (!current) return null;
    const api = bound.get(current.transport) ?? createProspectingApi(current.transport);
    bound.set(current.transport, api);
    return api;
  };
}

/**
 * Puts the context-menu and shortcut handlers on the worker's global scope for e2e tests
 * (`worker.evaluate(() => globalThis.__prospectorHooks.contextMenuClick(...))`): real right-click
 * menus and user gestures cannot be driven. Only code running inside this worker can reach its
 * globals (pages, content scripts and other extensions cannot), so this opens no channel.
 */
function installTestHooks(menu: EnrichProfileDeps, services: Services): void {
  Reflect.set(globalThis, TEST_HOOKS, {
    contextMenuClick: (
      info: Parameters<typeof handleEnrichClick>[1],
      tab: Parameters<typeof handleEnrichClick>[2],
    ) => handleEnrichClick(menu, info, tab),
    command: (command: string, tab: Parameters<typeof handleEnrichCommand>[2]) =>
      handleEnrichCommand(menu, command, tab),
    queue: () => services.queue.read(),
  });
}

/** Creates the prospecting background. */
export function createProspectingBackground(deps: ProspectingBackgroundDeps): ProspectingBackground {
  const services = createServices({
    api: apiProvider(deps.connection),
    now: deps.now,
    sleep: deps.sleep,
    isOnline: () => globalThis.navigator.onLine,
    wakeAt: (at) => void browser.alarms.create(QUEUE_ALARM, { when: at }),
  });
  const page = createPageService({ now: deps.now, scan: scanWithScripting, loadMailLists: fetchMailLists });
  const menu: EnrichProfileDeps = { services, openPanel: openSidePanel, notify };
  const syncDetection = async (): Promise<void> => {
    await syncAutoDetect((await readSettings()).autoDetectOrigins);
  };

  function register(): void {
    browser.runtime.onInstalled.addListener(() => {
      void createEnrichMenus();
      void syncDetection();
    });
    browser.runtime.onStartup.addListener(() => {
      void services.queue.resume();
      // Expired cache entries are never read again; sweep them once per browser session.
      void services.cache.clear({ expiredOnly: true });
      void syncDetection();
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === QUEUE_ALARM) void services.queue.resume();
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      void handleEnrichClick(menu, info, tab);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      void handleEnrichCommand(menu, command, tab);
    });
    browser.tabs.onRemoved.addListener((tabId) => void page.onTabRemoved(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.url !== undefined) void page.onTabNavigated(tabId, change.url);
    });
    browser.permissions.onAdded.addListener(() => void syncDetection());
    browser.permissions.onRemoved.addListener(() => void syncDetection());
    settingsItem.watch((next) => void syncAutoDetect(parseSettings(next).autoDetectOrigins));
    globalThis.addEventListener('online', () => void services.queue.onOnline());
    globalThis.addEventListener('offline', () => void services.queue.onOffline());
    installTestHooks(menu, services);
    // The worker may have been killed mid-task: pick the queue up on every start.
    void services.queue.resume();
  }

  return { handlers: { ...createProspectingHandlers(services), ...page.handlers }, services, register };
}
