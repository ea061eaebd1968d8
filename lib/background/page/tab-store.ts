/**
 * Per-tab contexts in `storage.session` (one key per tab, watched by the popup and side panel) and
 * the user's domain choice per site in `storage.local` (remembered across sessions).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { siteDomainOf } from '../../detect/domain';
import { TabContextSchema, tabContextStorageKey, type TabContext } from '../../messaging/protocol/dto';

const areaKey = (key: string): string => key.replace(/^(local|session):/, '');

/** The stored context of a tab, or null. */
export async function readTabContext(tabId: number): Promise<TabContext | null> {
  const key = areaKey(tabContextStorageKey(tabId));
  const parsed = v.safeParse(TabContextSchema, (await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.output : null;
}

/** Stores a tab's context and updates its badge. */
export async function writeTabContext(context: TabContext, badge: number): Promise<void> {
  await browser.storage.session.set({ [areaKey(tabContextStorageKey(context.tabId))]: context });
  await setBadge(context.tabId, badge);
}

/** Forgets a tab (closed, or navigated to another page). */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(areaKey(tabContextStorageKey(tabId)));
}

/** Sets the toolbar badge of a tab; a closed tab is not an error. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action
    .setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' })
    .catch(() => undefined);
}

/** The site a domain choice is remembered for: the page's registrable domain, or its host. */
export function siteOf(url: string): string | undefined {
  const site = siteDomainOf(url);
  if (site.ok) return site.value.domain;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

const choiceKey = (site: string): string => `domain-choice:${site}`;

/** The user's chosen company domain for a site. */
export async function readDomainChoice(url: string): Promise<string | undefined> {
  const site = siteOf(url);
  if (site === undefined) return undefined;
  const parsed = v.safeParse(v.string(), (await browser.storage.local.get(choiceKey(site)))[choiceKey(site)]);
  return parsed.success ? parsed.output : undefined;
}

/** Remembers the user's chosen company domain for a site. */
export async function saveDomainChoice(url: string, domain: string): Promise<void> {
  const site = siteOf(url);
  if (site !== undefined) await browser.storage.local.set({ [choiceKey(site)]: domain });
}
