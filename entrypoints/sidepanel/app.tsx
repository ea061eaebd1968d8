import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { PanelView } from '../../components/sidepanel/panel-view';
import { ConnectionStatus } from '../../components/status/connection-status';
import { ErrorBanner } from '../../components/status/error-banner';
import { LiveRegion } from '../../components/ui/live-region';
import { sendMessage } from '../../lib/messaging/client';
import { connectAuthStore } from '../../lib/state/extension-auth';
import { createSidepanelStore } from '../../lib/state/sidepanel-store';
import { watchJobs } from '../../lib/storage/items';
import { clearFocus, followTab, readFocus, saveFile, watchContexts } from './platform';

export function App() {
  const auth = useMemo(connectAuthStore, []);
  const store = useMemo(
    () =>
      createSidepanelStore({
        send: sendMessage,
        watchJobs,
        watchContexts,
        readFocus,
        clearFocus,
        saveFile,
        now: () => new Date(),
      }),
    [],
  );
  const authState = useStore(auth, (s) => s.auth);
  const state = useStore(store);
  // First meaningful render (measured by `npm run bench`): the account is known and the tab's context is loaded.
  const isMeaningful =
    authState !== null && (state.context.status === 'ready' || state.context.status === 'error');
  useEffect(() => {
    if (isMeaningful && performance.getEntriesByName('prospector:first-render').length === 0)
      performance.mark('prospector:first-render');
  }, [isMeaningful]);
  useEffect(() => {
    // The background answers from its last balance check when it is under a minute old, so opening
    // the popup does not spend one of the 60 requests a minute on every open.
    void auth.getState().load(false);
    const stop = store.getState().start();
    const unfollow = followTab(location.search, (tabId) => void store.getState().bind(tabId));
    return () => {
      auth.getState().dispose();
      stop();
      unfollow();
    };
  }, [auth, store]);

  const balance = authState?.status === 'connected' ? authState.balance : null;
  const openSettings = () => void browser.runtime.openOptionsPage();
  const copy = (email: string) => void navigator.clipboard.writeText(email);
  return (
    <main class="sidepanel">
      <header class="spread header">
        <h1>Prospector</h1>
        <ConnectionStatus state={authState} onOpenSettings={openSettings} />
      </header>
      <LiveRegion message={state.notice} />
      {authState?.status === 'error' ? (
        <ErrorBanner error={authState.error} onAction={openSettings} actionLabel="Open settings" />
      ) : null}
      {state.error ? <ErrorBanner error={state.error} /> : null}
      <PanelView state={state} balance={balance} onCopy={copy} />
    </main>
  );
}
