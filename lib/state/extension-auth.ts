import type { StoreApi } from 'zustand/vanilla';
import { sendMessage } from '../messaging/client';
import { authStateItem, readStoredAuthState } from '../storage/items';
import { createAuthStore } from './auth-store';
import type { AuthStoreState } from './auth-store';

/** The auth store every surface uses: loads from the background, then follows `authStateItem`. */
export function connectAuthStore(): StoreApi<AuthStoreState> {
  return createAuthStore({
    fetchState: (refresh) => sendMessage('getAuthState', { refresh }),
    watch: (onChange) => authStateItem.watch(onChange),
    readStored: readStoredAuthState,
  });
}
