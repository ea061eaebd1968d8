import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { Onboarding } from '../../components/popup/onboarding';
import { JobProgress } from '../../components/popup/job-progress';
import { PageView } from '../../components/popup/page-view';
import { ConnectionStatus } from '../../components/status/connection-status';
import { ErrorBanner } from '../../components/status/error-banner';
import { LiveRegion } from '../../components/ui/live-region';
import { sendMessage } from '../../lib/messaging/client';
import { connectAuthStore } from '../../lib/state/extension-auth';
import { startPopup } from '../../lib/state/popup-start';
import { createPopupStore } from '../../lib/state/popup-store';
import { readSettings, watchJobs } from '../../lib/storage/items';
import { openSidePanel, resolveTabId, saveFile } from './platform';

const openSettings = (hash = '') => {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
};
const openDashboard = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/campaigns') });
};

export function App() {
  const auth = useMemo(connectAuthStore, []);
  const store = useMemo(
    () =>
      createPopupStore({
        send: sendMessage,
        watchJobs,
        copy: (text) => navigator.clipboard.writeText(text),
        saveFile,
        now: () => new Date(),
      }),
    [],
  );
  // Everything the first render waits for starts now, before the first frame (lib/state/popup-start.ts).
  useState(() => {
    startPopup({
      auth,
      store,
      tabId: resolveTabId(location.search),
      defaultListId: readSettings().then((settings) => settings.defaultListId),
    });
  });
  const authState = useStore(auth, (s) => s.auth);
  const state = useStore(store);
  const tabId = state.tabId;
  const [now, setNow] = useState(() => Date.now());
  const isConnected = authState?.status === 'connected';
  // First meaningful render (measured by `npm run bench`): the account is known and, when connected, the page's context.
  const isMeaningful =
    authState !== null &&
    (!isConnected || state.context.status === 'ready' || state.context.status === 'error');
  useEffect(() => {
    if (isMeaningful && performance.getEntriesByName('prospector:first-render').length === 0)
      performance.mark('prospector:first-render');
  }, [isMeaningful]);

  useEffect(
    () => () => {
      auth.getState().dispose();
      store.getState().dispose();
    },
    [auth, store],
  );
  const isWaiting = state.jobs.some((job) => job.status === 'waiting' && job.retryAt);
  useEffect(() => {
    if (!isWaiting) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [isWaiting]);

  const balance = authState?.status === 'connected' ? authState.balance : null;
  return (
    <main class="popup">
      <header class="spread header">
        <h1>Prospector</h1>
        <ConnectionStatus
          state={authState}
          onOpenSettings={() => {
            openSettings();
          }}
        />
      </header>
      {isConnected ? (
        <nav aria-label="More" class="row">
          <button type="button" class="btn" onClick={openDashboard}>
            Outreach dashboard
          </button>
        </nav>
      ) : null}
      <LiveRegion message={state.notice} />
      {authState?.status === 'missing' ? (
        <Onboarding
          onOpenSettings={() => {
            openSettings();
          }}
          onTrySandbox={() => {
            openSettings('?sandbox=1');
          }}
        />
      ) : null}
      {authState?.status === 'error' ? (
        <ErrorBanner
          error={authState.error}
          onAction={() => {
            openSettings();
          }}
          actionLabel="Open settings"
        />
      ) : null}
      <JobProgress
        jobs={state.jobs}
        now={now}
        onCancel={(id) => void state.cancelJob(id)}
        onRetry={(id) => void state.retryJob(id)}
      />
      {state.error ? (
        <ErrorBanner error={state.error} onAction={state.dismissError} actionLabel="Dismiss" />
      ) : null}
      {isConnected && tabId !== null ? (
        <PageView
          state={state}
          actions={state}
          balance={balance}
          onOpenSidePanel={() => {
            openSidePanel(tabId);
          }}
        />
      ) : null}
    </main>
  );
}
