import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Limiter } from '../../../../lib/api/transport';
import { createAuthService } from '../../../../lib/background/auth-service';
import type { AuthState } from '../../../../lib/messaging/protocol';
import { ok } from '../../../../lib/result';
import { authStateItem } from '../../../../lib/storage/items';
import { saveCredentials } from '../../../../lib/storage/secrets';
import { fakeClock } from './fakes';

const page = { sender: 'extension-page' as const, tabId: undefined };

/** What the fake API answers the balance check with; `hold` keeps it waiting until released. */
interface FakeApi {
  credits: string;
  balance: 'ok' | 'offline' | 'unauthorized';
  balanceCalls: number;
  hold?: Promise<void>;
}

function fakeFetch(api: FakeApi): typeof fetch {
  return async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/v1/oauth/access_token'))
      return Response.json({ access_token: 'tok', token_type: 'Bearer', expires_in: 3600 });
    if (!url.endsWith('/v1/get-balance')) return new Response('not found', { status: 404 });
    api.balanceCalls += 1;
    await api.hold;
    if (api.balance === 'offline') throw new TypeError('Failed to fetch');
    if (api.balance === 'unauthorized') return Response.json({ error: 'invalid_token' }, { status: 401 });
    return Response.json({ success: true, data: { balance: api.credits, teamwork: false } });
  };
}

const limiter: Limiter = { acquire: () => Promise.resolve(ok({ settle: () => undefined })) };

function setup(api: FakeApi) {
  const clock = fakeClock();
  // Retry back-offs pass at once; the transport's 30 s answer timeout (a sleep raced against fetch) never
  // fires, or a held answer would time out before it is released.
  const sleep = (ms: number) => (ms >= 30_000 ? new Promise<void>(() => undefined) : clock.sleep(ms));
  const service = createAuthService({ now: clock.now, sleep, limiter, fetch: fakeFetch(api) });
  const getAuthState = (refresh?: boolean) =>
    service.handlers.getAuthState(refresh === undefined ? undefined : { refresh }, page);
  return { clock, getAuthState };
}

/** Resolves when `authStateItem` next changes. */
function nextStoredState(): Promise<AuthState> {
  return new Promise((resolve) => {
    const unwatch = authStateItem.watch((state) => {
      unwatch();
      resolve(state);
    });
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await saveCredentials({ clientId: 'user-1', clientSecret: 'secret-1' });
});

describe('connection state', () => {
  it('checks the balance on first use and keeps the answer for a minute', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'ok', balanceCalls: 0 };
    const { clock, getAuthState } = setup(api);
    expect(await getAuthState()).toMatchObject({
      status: 'connected',
      balance: 25000,
      accountLabel: 'user-1',
    });
    clock.advance(30_000);
    expect(await getAuthState()).toMatchObject({ status: 'connected', balance: 25000 });
    expect(api.balanceCalls).toBe(1);
  });

  it('answers a stale check at once with the last balance and stores the new one when it lands', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'ok', balanceCalls: 0 };
    const { clock, getAuthState } = setup(api);
    await getAuthState();
    clock.advance(61_000);
    let release = (): void => undefined;
    api.hold = new Promise((resolve) => {
      release = resolve;
    });
    api.credits = '24990.00';
    const stored = nextStoredState();
    // The balance call is held (as a full rate window would hold it): the answer does not wait for it.
    expect(await getAuthState()).toMatchObject({ status: 'connected', balance: 25000 });
    await vi.waitFor(() => {
      expect(api.balanceCalls).toBe(2);
    });
    expect(await authStateItem.getValue()).toMatchObject({ balance: 25000 });
    release();
    expect(await stored).toMatchObject({ status: 'connected', balance: 24990 });
  });

  it('asks once when several surfaces refresh together', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'ok', balanceCalls: 0 };
    const { getAuthState } = setup(api);
    const answers = await Promise.all([getAuthState(true), getAuthState(true), getAuthState()]);
    expect(answers.map((answer) => answer.status)).toEqual(['connected', 'connected', 'connected']);
    expect(api.balanceCalls).toBe(1);
  });

  it('keeps a working connection shown when a check fails for a reason that is not the credentials', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'ok', balanceCalls: 0 };
    const { getAuthState } = setup(api);
    await getAuthState();
    api.balance = 'offline';
    expect(await getAuthState(true)).toMatchObject({ status: 'connected', balance: 25000 });
    expect(await authStateItem.getValue()).toMatchObject({ status: 'connected', balance: 25000 });
    expect(api.balanceCalls).toBeGreaterThan(1);
  });

  it('shows a connection problem when the credentials stop working', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'ok', balanceCalls: 0 };
    const { getAuthState } = setup(api);
    await getAuthState();
    api.balance = 'unauthorized';
    const state = await getAuthState(true);
    expect(state).toMatchObject({ status: 'error', accountLabel: 'user-1' });
    expect(await authStateItem.getValue()).toEqual(state);
  });

  it('shows the failure on a first check, when nothing good is known yet', async () => {
    const api: FakeApi = { credits: '25000.00', balance: 'offline', balanceCalls: 0 };
    const { getAuthState } = setup(api);
    expect(await getAuthState()).toMatchObject({ status: 'error', error: { kind: 'offline' } });
  });
});
