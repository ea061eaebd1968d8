import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { ErrorBanner } from '../../components/status/error-banner';
import { ConnectionStatus } from '../../components/status/connection-status';
import { CredentialsForm } from '../../components/settings/credentials-form';
import type { CredentialsInput } from '../../components/settings/credentials-form';
import { Button } from '../../components/ui/button';
import type { ApiError } from '../../lib/errors';
import { sendMessage } from '../../lib/messaging/client';
import { createAuthStore } from '../../lib/state/auth-store';
import { authStateItem } from '../../lib/storage/items';
import { DEFAULT_BASE_URL } from '../../lib/storage/settings-schema';
import { originPattern } from '../../lib/storage/origins';

const SANDBOX = { clientId: 'demo-user-id', clientSecret: 'demo-secret', baseUrl: 'http://127.0.0.1:8787' };

/** Asks for host access to a non-default API origin, inside the click's user gesture. */
function requestOrigin(baseUrl: string): void {
  const pattern = originPattern(baseUrl);
  if (!pattern || baseUrl.startsWith(DEFAULT_BASE_URL)) return;
  // Without the grant the call still works when the server answers CORS (the sandbox does).
  browser.permissions.request({ origins: [pattern] }).catch(() => undefined);
}

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void store.getState().load(false);
    return store.getState().dispose;
  }, [store]);

  const connect = async (input: CredentialsInput) => {
    requestOrigin(input.baseUrl);
    setBusy(true);
    setError(null);
    const result = await sendMessage('saveCredentials', input);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <main class="options">
      <h1>Prospector settings</h1>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">Snov.io account</h2>
        <ConnectionStatus state={auth} onOpenSettings={() => undefined} />
        <p class="muted">
          Find your API User ID and API Secret in Snov.io under{' '}
          <a href="https://app.snov.io/account/api" target="_blank" rel="noreferrer">
            Account → API
          </a>
          . They are checked with Snov.io before they are saved, and never leave the extension's background.
        </p>
        {error ? <ErrorBanner error={error} /> : null}
        <CredentialsForm
          initialBaseUrl={auth?.baseUrl ?? DEFAULT_BASE_URL}
          busy={busy}
          onSubmit={(input) => void connect(input)}
          sandboxPreset={SANDBOX}
        />
        {auth && auth.status !== 'missing' ? (
          <Button variant="danger" onClick={() => void sendMessage('disconnect', undefined)}>
            Disconnect
          </Button>
        ) : null}
      </section>
    </main>
  );
}
