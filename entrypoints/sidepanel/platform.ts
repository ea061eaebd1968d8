/**
 * The side panel's browser calls, kept out of components and the store.
 *
 * `sidepanel.html?tabId=N` binds the panel to tab N: e2e tests open the panel as an ordinary tab
 * next to the LinkedIn page, where "the active tab" would be the panel itself.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { PANEL_FOCUS_STORAGE_KEY, PanelFocusSchema } from '../../lib/messaging/protocol/dto';
import type { PersonRef } from '../../lib/messaging/protocol';

/** The `?tabId=` override, or null. */
export function boundTabId(search: string): number | null {
  const value = Number(new URLSearchParams(search).get('tabId') ?? Number.NaN);
  return Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * Calls `onTab` with the tab the panel is about: the bound tab, else the active tab of the panel's
 * window, again whenever the user switches tabs there or the tab loads another page.
 */
export function followTab(search: string, onTab: (tabId: number) => void): () => void {
  const bound = boundTabId(search);
  let current = bound;
  let windowId: number | undefined;
  const onActivated = (info: { tabId: number; windowId: number }): void => {
    if (bound !== null || (windowId !== undefined && info.windowId !== windowId)) return;
    current = info.tabId;
    onTab(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }): void => {
    if (tabId === current && (change.url !== undefined || change.status === 'complete')) onTab(tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  if (bound === null) {
    void browser.windows.getCurrent().then(async (window) => {
      windowId = window.id;
      const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
      if (tab?.id !== undefined && current === null) {
        current = tab.id;
        onTab(tab.id);
      }
    });
  } else onTab(bound);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

const WATCHED = /^(?:tab-context:|panel-focus$)/;

/** Calls back when the background rewrites a tab's context or the focused profile (session storage). */
export function watchContexts(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'session' && Object.keys(changes).some((key) => WATCHED.test(key))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The profile "Enrich this profile" put in focus, parsed; anything else reads as none. */
export async function readFocus(): Promise<PersonRef | null> {
  const parsed = v.safeParse(PanelFocusSchema, await storage.getItem<unknown>(PANEL_FOCUS_STORAGE_KEY));
  return parsed.success ? parsed.output.person : null;
}

/** Forgets the focused profile once the user went back to the tab's own page. */
export async function clearFocus(): Promise<void> {
  await storage.removeItem(PANEL_FOCUS_STORAGE_KEY);
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
