/**
 * The connection to Snov.io: builds the API transport from settings and secrets, answers the auth
 * messages, and keeps `authStateItem` (what every surface shows) current.
 *
 * Defends against: secrets or tokens leaving the worker (handlers return `AuthState`, never a
 * token), saving credentials that do not work (a token request must succeed first), and a token
 * minted for one base URL being sent to another (the token is dropped whenever the base URL or the
 * credentials change).
 */
import { createTokenManager } from '../api/auth';
import type { TokenManager } from '../api/auth';
import { requestAccessToken } from '../api/endpoints/auth';
import { balance } from '../api/endpoints/balance';
import type { Clock, Sleep } from '../api/sleep';
import { createTransport } from '../api/transport';
import type { Limiter, TransportEvent } from '../api/transport';
import type { Transport } from '../api/transport-types';
import type { ApiError } from '../errors';
import type { AuthState } from '../messaging/protocol';
import { err, ok } from '../result';
import type { Result } from '../result';
import { authStateItem, readSettings, settingsItem } from '../storage/items';
import {
  clearSecrets,
  clearToken,
  loadCredentials,
  loadToken,
  saveCredentials,
  saveToken,
} from '../storage/secrets';
import type { Credentials } from '../storage/secrets';
import type { Handlers } from './handlers';

/** A live connection: the transport every use case sends through. */
export interface Connection {
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly tokens: TokenManager;
}

export interface AuthServiceDeps {
  readonly now: Clock;
  readonly sleep: Sleep;
  /** The one limiter for every call (shared across rebuilds and persisted by the caller). */
  readonly limiter: Limiter;
  readonly fetch?: typeof globalThis.fetch;
  readonly onEvent?: (event: TransportEvent) => void;
}

/** How long a balance answer is shown before it is asked again. */
const BALANCE_FRESH_MS = 60_000;

// Errors that say the connection itself is broken. Anything else on a balance check (offline, rate limited,
// a 5xx, an unreadable answer) says nothing about the credentials: a known good connection stays shown,
// with its last balance, rather than flipping to "Connection problem".
const CONNECTION_ERRORS: ReadonlySet<ApiError['kind']> = new Set([
  'auth-invalid',
  'auth-expired',
  'not-connected',
  'refused',
]);

/** The session token store: a restarted worker reuses the token instead of asking for a new one. */
const sessionTokenStore = {
  load: async () => {
    const stored = await loadToken();
    return stored ? { token: stored.accessToken, expiresAt: stored.expiresAt } : null;
  },
  save: (token: { token: string; expiresAt: number }) =>
    saveToken({ accessToken: token.token, expiresAt: token.expiresAt }),
  clear: clearToken,
};

function build(
  deps: AuthServiceDeps,
  baseUrl: string,
  credentials: () => Promise<Credentials | null>,
): Connection {
  // The transport needs the token manager, and the manager needs the transport for the token call.
  const holder: { manager?: TokenManager } = {};
  const transport = createTransport({
    baseUrl,
    now: deps.now,
    sleep: deps.sleep,
    limiter: deps.limiter,
    tokens: {
      get: (signal) =>
        holder.manager ? holder.manager.get(signal) : Promise.resolve(err({ kind: 'not-connected' })),
      invalidate: (token) => holder.manager?.invalidate(token),
    },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.onEvent ? { onEvent: deps.onEvent } : {}),
  });
  const manager = createTokenManager({
    credentials,
    requestToken: (creds) => requestAccessToken(transport, creds),
    now: deps.now,
    store: sessionTokenStore,
  });
  holder.manager = manager;
  return { baseUrl, transport, tokens: manager };
}

/** Whether `state` is a working connection to `baseUrl` for this account, as last checked. */
function isShownConnection(
  state: AuthState,
  baseUrl: string,
  accountLabel: string,
): state is Extract<AuthState, { status: 'connected' }> {
  return state.status === 'connected' && state.baseUrl === baseUrl && state.accountLabel === accountLabel;
}

/** The auth use cases and the connection every other use case borrows. */
export interface AuthService {
  /** The current connection, or null when no credentials are saved. */
  connection(): Promise<Connection | null>;
  readonly handlers: Pick<Handlers, 'getAuthState' | 'saveCredentials' | 'disconnect'>;
}

/** Creates the auth service. */
export function createAuthService(deps: AuthServiceDeps): AuthService {
  let current: { key: string; connection: Connection } | undefined;

  async function connection(): Promise<Connection | null> {
    const [settings, credentials] = await Promise.all([readSettings(), loadCredentials()]);
    if (!credentials) return null;
    const key = `${settings.baseUrl}\n${credentials.clientId}`;
    if (current?.key !== key) {
      if (current) await clearToken();
      current = { key, connection: build(deps, settings.baseUrl, loadCredentials) };
    }
    return current.connection;
  }

  async function refreshState(conn: Connection, accountLabel: string): Promise<AuthState> {
    const answer = await balance(conn.transport);
    if (!answer.ok && !CONNECTION_ERRORS.has(answer.error.kind)) {
      const known = await authStateItem.getValue();
      if (isShownConnection(known, conn.baseUrl, accountLabel)) return known;
    }
    const state: AuthState = answer.ok
      ? {
          status: 'connected',
          baseUrl: conn.baseUrl,
          balance: answer.value.credits,
          accountLabel,
          checkedAt: deps.now(),
        }
      : { status: 'error', baseUrl: conn.baseUrl, accountLabel, error: answer.error };
    await authStateItem.setValue(state);
    return state;
  }

  // One balance check at a time per connection: surfaces opened together share it.
  let refreshing: { connection: Connection; state: Promise<AuthState> } | undefined;
  function refreshOnce(conn: Connection, accountLabel: string): Promise<AuthState> {
    if (refreshing?.connection !== conn) {
      const state = refreshState(conn, accountLabel).finally(() => {
        if (refreshing?.state === state) refreshing = undefined;
      });
      refreshing = { connection: conn, state };
    }
    return refreshing.state;
  }

  const handlers: AuthService['handlers'] = {
    async getAuthState(data) {
      // Every surface asks this first on opening: the three reads go together.
      const [conn, credentials, known] = await Promise.all([
        connection(),
        loadCredentials(),
        authStateItem.getValue(),
      ]);
      if (!conn || !credentials) {
        const state: AuthState = { status: 'missing', baseUrl: (await readSettings()).baseUrl };
        await authStateItem.setValue(state);
        return state;
      }
      if (data?.refresh === true || !isShownConnection(known, conn.baseUrl, credentials.clientId))
        return refreshOnce(conn, credentials.clientId);
      // Stale while revalidating: the check waits for a rate slot like any call (up to a minute after bulk
      // work), so a surface shows the last answer now and follows `authStateItem` when the new one lands.
      if (deps.now() - known.checkedAt >= BALANCE_FRESH_MS)
        refreshOnce(conn, credentials.clientId).catch(() => undefined);
      return known;
    },

    async saveCredentials({ clientId, clientSecret, baseUrl }): Promise<Result<AuthState, ApiError>> {
      // A fresh token for these credentials at this base URL, or nothing is saved.
      current = undefined;
      await clearToken();
      const candidate = build(deps, baseUrl, () => Promise.resolve({ clientId, clientSecret }));
      const token = await candidate.tokens.get();
      if (!token.ok) {
        await clearToken();
        return err(token.error);
      }
      const settings = await readSettings();
      await Promise.all([
        saveCredentials({ clientId, clientSecret }),
        settingsItem.setValue({ ...settings, baseUrl }),
      ]);
      current = { key: `${baseUrl}\n${clientId}`, connection: candidate };
      const state = await refreshState(candidate, clientId);
      return state.status === 'error' ? err(state.error) : ok(state);
    },

    async disconnect() {
      current = undefined;
      await clearSecrets();
      const state: AuthState = { status: 'missing', baseUrl: (await readSettings()).baseUrl };
      await authStateItem.setValue(state);
      return state;
    },
  };

  return { connection, handlers };
}
