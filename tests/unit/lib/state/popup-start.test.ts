import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AuthState } from '../../../../lib/messaging/protocol';
import { createAuthStore } from '../../../../lib/state/auth-store';
import { startPopup } from '../../../../lib/state/popup-start';

const connected: AuthState = {
  status: 'connected',
  baseUrl: 'https://api.snov.io',
  balance: 25000,
  accountLabel: 'user-1',
  checkedAt: 1,
};
const missing: AuthState = { status: 'missing', baseUrl: 'https://api.snov.io' };

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

function harness(options: { stored: AuthState | null; answer: AuthState }) {
  const answer = deferred<AuthState>();
  let push: (state: AuthState) => void = () => undefined;
  const auth = createAuthStore({
    fetchState: () => answer.promise,
    watch: (onChange) => {
      push = onChange;
      return () => undefined;
    },
    readStored: () => Promise.resolve(options.stored),
  });
  const init = vi.fn<(tabId: number, listId: number | null) => Promise<void>>(() => Promise.resolve());
  const selectList = vi.fn((listId: number | null) => {
    store.setState({ listId });
    return Promise.resolve();
  });
  const store = createStore(() => ({ listId: null as number | null, init, selectList }));
  const tab = deferred<number | null>();
  const settings = deferred<number | null>();
  startPopup({ auth, store, tabId: tab.promise, defaultListId: settings.promise });
  return {
    init,
    selectList,
    tab: tab.resolve,
    settings: settings.resolve,
    answer: () => {
      answer.resolve(options.answer);
    },
    push: (state: AuthState) => {
      push(state);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('popup start', () => {
  it('asks for the page as soon as the stored account and the tab are known, before the settings', async () => {
    const popup = harness({ stored: connected, answer: connected });
    popup.tab(7);
    await settle();
    expect(popup.init).toHaveBeenCalledWith(7, null);
    popup.settings(42);
    await settle();
    expect(popup.selectList).toHaveBeenCalledWith(42);
    popup.answer();
    await settle();
    expect(popup.init).toHaveBeenCalledTimes(1);
  });

  it('passes the default list to init when the settings came first', async () => {
    const popup = harness({ stored: null, answer: connected });
    popup.settings(42);
    popup.tab(7);
    await settle();
    expect(popup.init).not.toHaveBeenCalled();
    popup.answer();
    await settle();
    expect(popup.init).toHaveBeenCalledWith(7, 42);
    expect(popup.selectList).not.toHaveBeenCalled();
  });

  it('waits while not connected and starts when the account connects', async () => {
    const popup = harness({ stored: missing, answer: missing });
    popup.tab(7);
    popup.settings(null);
    popup.answer();
    await settle();
    expect(popup.init).not.toHaveBeenCalled();
    popup.push(connected);
    await settle();
    expect(popup.init).toHaveBeenCalledWith(7, null);
  });

  it('does nothing for a window without a tab', async () => {
    const popup = harness({ stored: connected, answer: connected });
    popup.tab(null);
    popup.settings(null);
    popup.answer();
    await settle();
    expect(popup.init).not.toHaveBeenCalled();
  });
});
