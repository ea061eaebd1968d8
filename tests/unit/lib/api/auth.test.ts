// @vitest-environment node
// Token manager: single flight, early refresh, invalidation, persistence, credential errors.
import { describe, expect, it } from 'vitest';
import { type StoredToken, createTokenManager } from '../../../../lib/api/auth';
import type { IssuedToken } from '../../../../lib/api/endpoints/auth';
import { err, ok, type Result } from '../../../../lib/result';
import type { ApiError } from '../../../../lib/errors';
import { exampleRouter, json } from './fakes';
import { CREDENTIALS, makeClient } from './harness';

function manager(
  opts: { now?: () => number; issue?: () => Promise<Result<IssuedToken, ApiError>>; creds?: boolean } = {},
) {
  let issued = 0;
  const requestToken =
    opts.issue ?? (() => Promise.resolve(ok({ accessToken: `t${++issued}`, expiresInSeconds: 3600 })));
  const clock = { t: 0 };
  const tokens = createTokenManager({
    credentials: () => Promise.resolve(opts.creds === false ? null : CREDENTIALS),
    requestToken: () => {
      issued += opts.issue ? 1 : 0;
      return requestToken();
    },
    now: opts.now ?? (() => clock.t),
  });
  return { tokens, clock, issued: () => issued };
}

describe('token manager', () => {
  it('20 concurrent calls share one token refresh', async () => {
    const { client, time, calls } = makeClient();
    const results = await time.run(Promise.all(Array.from({ length: 20 }, () => client.balance())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls.filter((c) => c.url.pathname === '/v1/oauth/access_token')).toHaveLength(1);
    expect(new Set(calls.slice(1).map((c) => c.headers.get('authorization')))).toEqual(
      new Set(['Bearer tok-1']),
    );
  });

  it('refreshes 60 s before expiry, not before', async () => {
    const { tokens, clock, issued } = manager();
    expect(await tokens.get()).toEqual(ok('t1'));
    clock.t = 3600_000 - 60_001;
    expect(await tokens.get()).toEqual(ok('t1'));
    clock.t = 3600_000 - 60_000;
    expect(await tokens.get()).toEqual(ok('t2'));
    expect(issued()).toBe(2);
  });

  it('invalidate drops only the current token', async () => {
    const { tokens } = manager();
    await tokens.get();
    tokens.invalidate('stale-token');
    expect(await tokens.get()).toEqual(ok('t1'));
    tokens.invalidate('t1');
    expect(await tokens.get()).toEqual(ok('t2'));
  });

  it('no credentials → not-connected; refused credentials → auth-invalid', async () => {
    expect(await manager({ creds: false }).tokens.get()).toEqual(err({ kind: 'not-connected' }));
    const bad = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/oauth/access_token' ? json({ error: 'invalid_client' }, 401) : undefined,
      ),
    );
    expect(await bad.time.run(bad.client.balance())).toEqual(err({ kind: 'auth-invalid' }));
    const bad400 = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/oauth/access_token'
          ? json({ success: false, message: 'Wrong client' }, 400)
          : undefined,
      ),
    );
    expect(await bad400.time.run(bad400.client.balance())).toEqual(err({ kind: 'auth-invalid' }));
    const noToken = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/oauth/access_token' ? json({ expires_in: 3600 }) : undefined,
      ),
    );
    expect(await noToken.time.run(noToken.client.balance())).toEqual(err({ kind: 'auth-invalid' }));
  });

  it('a failed refresh is not cached: the next call tries again', async () => {
    let n = 0;
    const { tokens } = manager({
      issue: () =>
        Promise.resolve(
          n++ === 0 ? err({ kind: 'offline' }) : ok({ accessToken: 'late', expiresInSeconds: 3600 }),
        ),
    });
    expect(await tokens.get()).toEqual(err({ kind: 'offline' }));
    expect(await tokens.get()).toEqual(ok('late'));
  });

  it('loads a fresh token from the store and saves new ones; expired stored tokens are ignored', async () => {
    const saved: StoredToken[] = [];
    const make = (stored: StoredToken | null) =>
      createTokenManager({
        credentials: () => Promise.resolve(CREDENTIALS),
        requestToken: () => Promise.resolve(ok({ accessToken: 'new', expiresInSeconds: 3600 })),
        now: () => 1000_000,
        store: {
          load: () => Promise.resolve(stored),
          save: (t) => Promise.resolve(void saved.push(t)),
          clear: () => Promise.resolve(),
        },
      });
    expect(await make({ token: 'kept', expiresAt: 1000_000 + 120_000 }).get()).toEqual(ok('kept'));
    expect(saved).toEqual([]);
    expect(await make({ token: 'old', expiresAt: 1000_000 + 30_000 }).get()).toEqual(ok('new'));
    expect(saved).toEqual([{ token: 'new', expiresAt: 1000_000 + 3600_000 }]);
  });

  it('a caller that aborts while waiting does not cancel the shared refresh', async () => {
    let release: (r: Result<IssuedToken, ApiError>) => void = () => undefined;
    const { tokens } = manager({ issue: () => new Promise((resolve) => (release = resolve)) });
    const controller = new AbortController();
    const a = tokens.get(controller.signal);
    const b = tokens.get();
    controller.abort();
    expect(await a).toEqual(err({ kind: 'aborted' }));
    release(ok({ accessToken: 'shared', expiresInSeconds: 3600 }));
    expect(await b).toEqual(ok('shared'));
  });
});
