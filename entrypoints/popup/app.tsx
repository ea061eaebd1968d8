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
  const authState = useStore(auth, (s) => s.auth);
  const state = useStore(store);
  const [tabId, setTabId] = useState<number | null>(null);
  // Read at once, beside the connection check, rather than after it: one storage read off the first render's path.
  const [defaultListId, setDefaultListId] = useState<number | null | undefined>(undefined);
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

  useEffect(() => {
    // The background answers from its last balance check when it is under a minute old, so opening
    // the popup does not spend one of the 60 requests a minute on every open.
    void auth.getState().load(false);
    void resolveTabId(location.search).then(setTabId);
    void readSettings().then((settings) => {
      setDefaultListId(settings.defaultListId);
    });
    return () => {
      auth.getState().dispose();
      store.getState().dispose();
    };
  }, [auth, store]);
  useEffect(() => {
    if (!isConnected || tabId === null || defaultListId === undefined) return;
    void store.getState().init(tabId, defaultListId);
  }, [isConnected, tabId, defaultListId, store]);
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
