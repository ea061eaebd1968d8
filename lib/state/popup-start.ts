/**
 * Starts the popup's first loads together, outside the render cycle. Preact runs effects after the next
 * frame, so loads started from effects each waited a frame before their request went out; and the page
 * context waited for the settings (a versioned item: about 20 ms of storage reads in the bench's popup
 * trace) only to learn the default list. Now everything starts before the first render, the context is
 * asked for as soon as the account is known to be connected and the tab is known, and the default list
 * is applied when the settings arrive (unless a list is already chosen).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AuthStoreState } from './auth-store';
import type { PopupActions, PopupData } from './popup-types';

export interface PopupStartDeps {
  readonly auth: StoreApi<AuthStoreState>;
  readonly store: StoreApi<Pick<PopupActions, 'init' | 'selectList'> & Pick<PopupData, 'listId'>>;
  /** The tab the popup is about (the active tab, or the `?tabId=` override). */
  readonly tabId: Promise<number | null>;
  /** The list new prospects go to unless the user picks another. */
  readonly defaultListId: Promise<number | null>;
}

/** Starts the loads; `init` runs once, when connected (also if the account connects while the popup is open). */
export function startPopup(deps: PopupStartDeps): void {
  let tabId: number | null | undefined;
  let listId: number | null | undefined;
  let started = false;
  const tryInit = (): void => {
    if (started || tabId === undefined || tabId === null) return;
    if (deps.auth.getState().auth?.status !== 'connected') return;
    started = true;
    void deps.store.getState().init(tabId, listId ?? null);
  };
  deps.auth.subscribe(tryInit);
  void deps.auth.getState().load(false);
  void deps.tabId.then((id) => {
    tabId = id;
    tryInit();
  });
  void deps.defaultListId.then((id) => {
    listId = id;
    const { listId: chosen, selectList } = deps.store.getState();
    if (started && id !== null && chosen === null) void selectList(id);
  });
}
