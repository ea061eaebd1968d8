import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { ConnectionStatus } from '../../components/status/connection-status';
import { sendMessage } from '../../lib/messaging/client';
import { createAuthStore } from '../../lib/state/auth-store';
import { authStateItem } from '../../lib/storage/items';

export function App() {
  const store = useMemo(
    () =>
      createAuthStore({
        fetchState: (refresh) => sendMessage('getAuthState', { refresh }),
        watch: (onChange) => authStateItem.watch(onChange),
      }),
    [],
  );
  const auth = useStore(store, (s) => s.auth);
  useEffect(() => {
    void store.getState().load(true);
    return store.getState().dispose;
  }, [store]);
  return (
    <main class="popup">
      <header class="spread">
        <h1>Prospector</h1>
      </header>
      <ConnectionStatus state={auth} onOpenSettings={() => void browser.runtime.openOptionsPage()} />
    </main>
  );
}
