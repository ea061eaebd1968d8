import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { AccountSummary } from '../../components/settings/account-summary';
import { CredentialsForm } from '../../components/settings/credentials-form';
import type { CredentialsInput } from '../../components/settings/credentials-form';
import { DefaultsSection } from '../../components/settings/defaults-section';
import { NotificationsSection } from '../../components/settings/notifications-section';
import { SitesSection } from '../../components/settings/sites-section';
import { TransferSection } from '../../components/settings/transfer-section';
import { ConnectionStatus } from '../../components/status/connection-status';
import { ErrorBanner } from '../../components/status/error-banner';
import { LiveRegion } from '../../components/ui/live-region';
import { Section } from '../../components/ui/section';
import type { ApiError } from '../../lib/errors';
import { sendMessage } from '../../lib/messaging/client';
import { connectAuthStore } from '../../lib/state/extension-auth';
import { createOptionsStore } from '../../lib/state/options-store';
import { valueOf } from '../../lib/state/remote';
import { readSettings, settingsItem } from '../../lib/storage/items';
import { DEFAULT_BASE_URL } from '../../lib/storage/settings-schema';
import { downloadJson, requestOrigin, SANDBOX } from './platform';

export function App() {
  const auth = useMemo(connectAuthStore, []);
  const store = useMemo(
    () =>
      createOptionsStore({
        send: sendMessage,
        readSettings,
        writeSettings: (settings) => settingsItem.setValue(settings),
        watchSettings: (cb) =>
          settingsItem.watch(() => {
            cb();
          }),
        requestOrigins: (origins) => browser.permissions.request({ origins }),
        removeOrigins: (origins) => browser.permissions.remove({ origins }),
        hasOrigins: (origins) => browser.permissions.contains({ origins }),
      }),
    [],
  );
  const authState = useStore(auth, (s) => s.auth);
  const options = useStore(store);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isSandboxInvite = new URLSearchParams(location.search).has('sandbox');
  const isConnected = authState?.status === 'connected';

  useEffect(() => {
    void auth.getState().load(false);
    void store.getState().load();
    return () => {
      auth.getState().dispose();
      store.getState().dispose();
    };
  }, [auth, store]);
  useEffect(() => {
    if (isConnected) void store.getState().loadLists();
  }, [isConnected, store]);

  const connect = async (input: CredentialsInput) => {
    requestOrigin(input.baseUrl);
    setBusy(true);
    setError(null);
    const result = await sendMessage('saveCredentials', input).catch(() => null);
    setBusy(false);
    if (!result)
      setError({ kind: 'server', status: 0, message: 'The extension background did not answer. Try again.' });
    else if (!result.ok) setError(result.error);
  };
  const settings = options.settings;

  return (
    <main class="options">
      <header class="spread">
        <h1>Prospector settings</h1>
        <a href="/dashboard.html#/campaigns">Open the outreach dashboard</a>
      </header>
      <LiveRegion message={options.notice} />
      <Section title="Snov.io account">
        <ConnectionStatus state={authState} onOpenSettings={() => undefined} />
        <AccountSummary
          state={authState}
          onDisconnect={() => void sendMessage('disconnect', undefined)}
          onRefresh={() => void auth.getState().load(true)}
        />
        <p class="muted">
          Find your API User ID and API Secret in Snov.io under{' '}
          <a href="https://app.snov.io/account/api" target="_blank" rel="noreferrer">
            Account → API
          </a>
          . They are checked with Snov.io before they are saved, and never leave the extension's background.
        </p>
        {isSandboxInvite ? (
          <p class="muted">
            Start the sandbox with <code>npm run sandbox</code>, then save: the demo account is filled in.
          </p>
        ) : null}
        {error ? <ErrorBanner error={error} /> : null}
        <CredentialsForm
          initialBaseUrl={authState?.baseUrl ?? DEFAULT_BASE_URL}
          busy={busy}
          onSubmit={(input) => void connect(input)}
          sandboxPreset={SANDBOX}
          initial={isSandboxInvite ? SANDBOX : undefined}
        />
      </Section>
      {options.error ? <ErrorBanner error={options.error} /> : null}
      {settings ? (
        <>
          <Section title="Lists and cache">
            <DefaultsSection
              key={settings.cacheTtlHours}
              lists={valueOf(options.lists) ?? []}
              defaultListId={settings.defaultListId}
              cacheTtlHours={settings.cacheTtlHours}
              onDefaultList={(defaultListId) => void options.update({ defaultListId })}
              onCacheTtl={(cacheTtlHours) => void options.update({ cacheTtlHours })}
              onClearCache={() => void options.clearCache()}
            />
          </Section>
          <Section title="Automatic company detection">
            <SitesSection
              origins={settings.autoDetectOrigins}
              onAdd={(site) => void options.addSite(site)}
              onRemove={(o) => void options.removeSite(o)}
              problem={options.problem ?? undefined}
            />
          </Section>
          <Section title="Reply notifications">
            <NotificationsSection
              {...settings.replyNotifications}
              onChange={(replyNotifications) => void options.update({ replyNotifications })}
            />
          </Section>
          <Section title="Export and import">
            <TransferSection
              onExport={() => {
                const json = options.exportJson();
                if (json) downloadJson('prospector-settings.json', json);
              }}
              onImport={(text) => void options.importJson(text)}
            />
          </Section>
        </>
      ) : null}
    </main>
  );
}
