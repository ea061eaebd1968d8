/**
 * Token lifecycle for the Snov.io API (REFERENCE.md §4, §18.1).
 *
 * Defends against: leaking the bearer token or the API secret, and stampeding the token endpoint
 * (which shares the 60 requests/minute budget) when many calls find an expired token at once.
 * Invariants callers rely on:
 * - The token leaves this module only as the return value of `get()`, which the transport puts in
 *   an `Authorization` header. It is never part of an `ApiError`, an event, a log line or a URL.
 * - At most one token request is in flight; every concurrent `get()` shares it (single flight).
 * - A token is refreshed 60 s before its expiry, and dropped by `invalidate(token)` after a 401
 *   (only if it is still the current one, so a late 401 cannot discard a newer token).
 * - Persistence is optional and delegated (`load`/`save`/`clear`): the background keeps the token in
 *   `storage.session` so a restarted service worker does not need a new one.
 * - No credentials → `not-connected`; refused credentials → `auth-invalid`.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import type { Credentials, IssuedToken } from './endpoints/auth';
import type { Clock } from './sleep';
import type { TokenSource } from './transport';

/** A cached token and the instant (epoch ms) it expires. */
export interface StoredToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Optional persistence for the current token (e.g. `storage.session`). */
export interface TokenStore {
  load(): Promise<StoredToken | null>;
  save(token: StoredToken): Promise<void>;
  clear(): Promise<void>;
}

/** Dependencies of {@link createTokenManager}. */
export interface TokenManagerDeps {
  readonly credentials: () => Promise<Credentials | null>;
  readonly requestToken: (credentials: Credentials) => Promise<Result<IssuedToken, ApiError>>;
  readonly now: Clock;
  readonly store?: TokenStore;
  /** Refresh this long before expiry; default 60 s. */
  readonly refreshMarginMs?: number;
}

/** A {@link TokenSource} that can also forget everything (on disconnect or credential change). */
export interface TokenManager extends TokenSource {
  clear(): Promise<void>;
}

/** Creates the token manager the transport asks for bearer tokens. */
export function createTokenManager(deps: TokenManagerDeps): TokenManager {
  const margin = deps.refreshMarginMs ?? 60_000;
  let current: StoredToken | undefined;
  let loaded = deps.store === undefined;
  let inflight: Promise<Result<string, ApiError>> | undefined;

  const isFresh = (t: StoredToken | undefined): t is StoredToken =>
    t !== undefined && deps.now() < t.expiresAt - margin;

  async function refresh(): Promise<Result<string, ApiError>> {
    if (!loaded) {
      loaded = true;
      const stored = await deps.store?.load().catch(() => null);
      if (stored && isFresh(stored)) current = stored;
      if (isFresh(current)) return ok(current.token);
    }
    const credentials = await deps.credentials();
    if (!credentials || credentials.clientId.trim() === '' || credentials.clientSecret.trim() === '') {
      return err({ kind: 'not-connected' });
    }
    const issued = await deps.requestToken(credentials);
    if (!issued.ok) return issued;
    current = {
      token: issued.value.accessToken,
      expiresAt: deps.now() + issued.value.expiresInSeconds * 1000,
    };
    await deps.store?.save(current).catch(() => undefined);
    return ok(current.token);
  }

  async function get(signal?: AbortSignal): Promise<Result<string, ApiError>> {
    if (isFresh(current)) return ok(current.token);
    inflight ??= refresh().finally(() => {
      inflight = undefined;
    });
    if (!signal) return inflight;
    // One caller giving up must not cancel the refresh the others are waiting for.
    return Promise.race([inflight, abortedWhen(signal)]);
  }

  function invalidate(token: string): void {
    if (current?.token !== token) return;
    current = undefined;
    void deps.store?.clear().catch(() => undefined);
  }

  async function clear(): Promise<void> {
    current = undefined;
    await deps.store?.clear().catch(() => undefined);
  }

  return { get, invalidate, clear };
}

function abortedWhen(signal: AbortSignal): Promise<Result<never, ApiError>> {
  return new Promise((resolve) => {
    const fire = (): void => {
      resolve(err({ kind: 'aborted' }));
    };
    if (signal.aborted) fire();
    else signal.addEventListener('abort', fire, { once: true });
  });
}
