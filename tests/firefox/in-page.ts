/**
 * Functions the smoke suite runs inside the extension's documents (extension-debugger.ts). Each is
 * serialised with `toString()`, so it may use only its argument and the document's globals.
 */

/** In the background: opens one of our pages in a background tab (`active: false` keeps the LinkedIn tab active). */
export async function openExtensionTab(pagePath: string): Promise<number> {
  const tab = await chrome.tabs.create({ url: chrome.runtime.getURL(pagePath), active: false });
  return tab.id ?? -1;
}

/** In the background: the id of the tab showing a LinkedIn page, or -1. */
export async function linkedInTabId(): Promise<number> {
  const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
  return tab?.id ?? -1;
}

/** In the background: the manifest as Firefox loaded it. */
export function loadedManifest(): { version: number; background: unknown; sidebar: boolean } {
  const manifest = chrome.runtime.getManifest();
  return {
    version: manifest.manifest_version,
    background: manifest.background ?? null,
    sidebar: 'sidebar_action' in manifest,
  };
}

/**
 * In an extension page: sends one protocol message exactly as the UI does (webext-core 4's wire
 * format), so the background's guard sees an extension-page sender.
 */
export async function sendAsExtensionPage(message: { type: string; data: unknown }): Promise<unknown> {
  return chrome.runtime.sendMessage({
    id: Math.floor(Math.random() * 1e6),
    type: message.type,
    data: message.data,
    timestamp: Date.now(),
  });
}

/** In an extension page: the visible text. */
export function bodyText(): string {
  return document.body.innerText;
}

/** In the options page: fills the credentials form the way a user does and clicks "Save and connect". */
export async function submitCredentials(input: {
  clientId: string;
  clientSecret: string;
  baseUrl: string;
}): Promise<string[]> {
  const fill = (label: string, value: string): string => {
    const field = [...document.querySelectorAll('label')].find((element) =>
      element.textContent.trim().startsWith(label),
    )?.control;
    if (!(field instanceof HTMLInputElement)) return `no field labelled ${label}`;
    field.focus();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return '';
  };
  const problems = [
    fill('API User ID', input.clientId),
    fill('API Secret', input.clientSecret),
    fill('API base URL', input.baseUrl),
  ];
  // Preact re-renders after the input events; the click handler must see the new state.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const button = [...document.querySelectorAll('button')].find(
    (element) => element.textContent.trim() === 'Save and connect',
  );
  if (button) button.click();
  else problems.push('no "Save and connect" button');
  return problems.filter(Boolean);
}

/** What the message spy saw of one message. */
export interface SpiedMessage {
  readonly type: string;
  readonly url: string;
  readonly kind: string;
  readonly names: readonly string[];
  readonly tabId: number | null;
  readonly frameId: number | null;
}

/**
 * In the background: adds a second runtime.onMessage listener that only records what arrives (it
 * answers nothing, so the extension's own listener still answers). Lives until the page unloads.
 */
export function installMessageSpy(): boolean {
  const spy = globalThis as unknown as { prospectorSpy?: SpiedMessage[] };
  if (spy.prospectorSpy) return true;
  const seen: SpiedMessage[] = [];
  spy.prospectorSpy = seen;
  chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
    const record =
      typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
    const data =
      typeof record['data'] === 'object' && record['data'] !== null
        ? (record['data'] as Record<string, unknown>)
        : {};
    const people = Array.isArray(data['people']) ? (data['people'] as { name?: unknown }[]) : [];
    seen.push({
      type: String(record['type']),
      url: String(data['url']),
      kind: String(data['kind']),
      names: people.map((person) => String(person.name)),
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
    });
    return undefined;
  });
  return true;
}

/** In the background: what the spy has seen. */
export function spiedMessages(): readonly SpiedMessage[] {
  return (globalThis as unknown as { prospectorSpy?: SpiedMessage[] }).prospectorSpy ?? [];
}

/** In an extension page: schedules the named alarm `inMs` from now (alarms belong to the whole extension). */
export async function fireAlarmSoon(input: { name: string; inMs: number }): Promise<boolean> {
  await chrome.alarms.create(input.name, { when: Date.now() + input.inMs });
  return true;
}

/** In an extension page: whether the named alarm is scheduled. */
export async function hasAlarm(name: string): Promise<boolean> {
  return (await chrome.alarms.get(name)) !== undefined;
}

/**
 * In the background: runs the context menu's click handler through the hooks object the background
 * puts on its own global scope for tests (lib/background/prospecting-background.ts, TEST_HOOKS), then
 * lists the notifications it showed.
 */
export async function clickEnrichMenu(input: {
  pageUrl: string;
  tabId: number;
}): Promise<{ outcome: unknown; notifications: string[] }> {
  const hooks = Reflect.get(globalThis, '__prospectorHooks') as
    | {
        contextMenuClick: (
          info: { menuItemId: string; pageUrl: string },
          tab: { id: number },
        ) => Promise<unknown>;
      }
    | undefined;
  if (!hooks) throw new Error('no __prospectorHooks on the background page');
  // Firefox's alert service may close a notification before getAll() runs: record it when shown too.
  const shown = new Set<string>();
  // onShown is Firefox-only (not in Chrome's typings).
  const notifications = chrome.notifications as typeof chrome.notifications & {
    onShown: chrome.events.Event<(id: string) => void>;
  };
  const record = (id: string): void => {
    shown.add(id);
  };
  notifications.onShown.addListener(record);
  notifications.onClosed.addListener(record);
  const outcome = await hooks.contextMenuClick(
    { menuItemId: 'prospector-enrich-page', pageUrl: input.pageUrl },
    { id: input.tabId },
  );
  for (const id of Object.keys(await notifications.getAll())) shown.add(id);
  notifications.onShown.removeListener(record);
  notifications.onClosed.removeListener(record);
  return { outcome, notifications: [...shown] };
}

/** In the background: the states of the queue's batches (`started` = the task's hash is committed), through the test hooks. */
export async function queueBatchStates(): Promise<string[]> {
  const hooks = Reflect.get(globalThis, '__prospectorHooks') as
    { queue: () => Promise<{ batches: Record<string, { state: string }> }> } | undefined;
  if (!hooks) throw new Error('no __prospectorHooks on the background page');
  return Object.values((await hooks.queue()).batches).map((batch) => batch.state);
}
