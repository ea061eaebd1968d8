/* eslint-disable @typescript-eslint/no-unsafe-member-access -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot();
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

describe('rate limit (60 per rolling minute per account)', () => {
  it('answers the 61st request in a minute with 429 and no Retry-After by default', async () => {
    // The token request made by boot() happened before the reset, so the window is empty now.
    const statuses: number[] = [];
    for (let index = 0; index < 61; index += 1)
      statuses.push((await h.call('GET', '/v1/get-balance')).status);
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    const limited = await h.call('GET', '/v1/get-balance');
    expect(limited.body.errors.code).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    await h.control('clock', { advanceMs: 61_000 });
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
  });

  it('counts token requests against the same client_id and can add Retry-After', async () => {
    await h.control('config', { rateLimitPerMinute: 3, retryAfterHeader: true });
    await h.newToken();
    await h.call('GET', '/v1/get-balance');
    await h.call('GET', '/v2/pipelines');
    const limited = await h.call('GET', '/v1/get-balance');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not count control endpoints', async () => {
    await h.control('config', { rateLimitPerMinute: 1 });
    await h.control('state', undefined, 'GET');
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(429);
  });
});
