import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { AuthState } from '../messaging/protocol';

/** Where an auth store gets its truth from: the background (messages) and storage (watch). */
export interface AuthStoreDeps {
  readonly fetchState: (refresh: boolean) => Promise<AuthState>;
  readonly watch: (onChange: (state: AuthState) => void) => () => void;
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
    return {
      auth: null,
      load: async (refresh = false) => {
        set({ auth: await deps.fetchState(refresh) });
      },
      dispose: unwatch,
    };
  });
}
