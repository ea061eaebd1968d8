import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { AuthState } from '../messaging/protocol';

/** Where an auth store gets its truth from: the background (messages) and storage (watch). */
export interface AuthStoreDeps {
  readonly fetchState: (refresh: boolean) => Promise<AuthState>;
  readonly watch: (onChange: (state: AuthState) => void) => () => void;
  /**
   * The state the background last stored, null when it never stored one. Read once at creation: a
   * storage read answers in a few milliseconds, a message to the worker in tens (more if it sleeps).
   */
  readonly readStored?: () => Promise<AuthState | null>;
}

export interface AuthStoreState {
  readonly auth: AuthState | null;
  readonly load: (refresh?: boolean) => Promise<void>;
  readonly dispose: () => void;
}

/** A per-surface cache of the connection state (STYLE.md §4.5): load, then follow storage. */
export function createAuthStore(deps: AuthStoreDeps): StoreApi<AuthStoreState> {
  return createStore<AuthStoreState>()((set) => {
    const unwatch = deps.watch((auth) => {
      set({ auth });
    });
    // Shown until the background answers, unless the answer (or a change) is already here.
    void deps
      .readStored?.()
      .then((stored) => {
        if (stored !== null) set((current) => (current.auth === null ? { auth: stored } : {}));
      })
      .catch(() => undefined);
    return {
      auth: null,
      load: async (refresh = false) => {
        const fetched = await deps.fetchState(refresh);
        // The background may answer with the last check and write a newer one to storage before this
        // answer lands: never step back to an older check.
        set((current) => (isOlder(fetched, current.auth) ? {} : { auth: fetched }));
      },
      dispose: unwatch,
    };
  });
}

function isOlder(state: AuthState, than: AuthState | null): boolean {
  return state.status === 'connected' && than?.status === 'connected' && state.checkedAt < than.checkedAt;
}
