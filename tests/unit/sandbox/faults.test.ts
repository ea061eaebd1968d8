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

describe('fault injection (POST /__sandbox/faults)', () => {
  it.each([
    ['401', 401],
    ['429', 429],
    ['500', 500],
    ['502', 502],
    ['503', 503],
  ])('%s answers that status once, then the call works again', async (kind, status) => {
    await h.control('faults', { kind, route: 'balance' });
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(status);
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
  });

  it('matches by route name, path prefix and count', async () => {
    await h.control('faults', [{ kind: '500', pathPrefix: '/v2/pipelines', count: 2 }]);
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
    expect((await h.call('GET', '/v2/pipelines')).status).toBe(500);
    expect((await h.call('GET', '/v2/pipelines/1106350/stages')).status).toBe(500);
    expect((await h.call('GET', '/v2/pipelines')).status).toBe(200);
  });

  it('slow delays the answer', async () => {
    await h.control('faults', { kind: 'slow', delayMs: 150 });
    const started = performance.now();
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('malformed-json sends a truncated JSON body (the call itself ran)', async () => {
    await h.control('faults', { kind: 'malformed-json', route: 'emailVerificationStart' });
    const reply = await h.call('POST', '/v2/email-verification/start', {
      json: { emails: ['a@acme-robotics.example'] },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(reply.text) as unknown).toThrow();
    expect(Number((await h.call('GET', '/v1/get-balance')).body.data.balance)).toBe(24999);
  });

  it('drop destroys the socket (before the call, or after it with after:true)', async () => {
    await h.control('faults', { kind: 'drop', route: 'balance' });
    await expect(h.call('GET', '/v1/get-balance')).rejects.toThrow();
    await h.control('faults', { kind: 'drop', route: 'emailVerificationStart', after: true });
    await expect(
      h.call('POST', '/v2/email-verification/start', { json: { emails: ['a@acme-robotics.example'] } }),
    ).rejects.toThrow();
    expect(Number((await h.call('GET', '/v1/get-balance')).body.data.balance)).toBe(24999);
  });

  it('expire-token expires the presented token for good', async () => {
    const token = await h.newToken();
    await h.control('faults', { kind: 'expire-token' });
    expect((await h.call('GET', '/v1/get-balance', { token })).status).toBe(401);
    expect((await h.call('GET', '/v1/get-balance', { token })).status).toBe(401);
    expect((await h.call('GET', '/v1/get-balance', { token: await h.newToken() })).status).toBe(200);
  });

  it('refuses an unknown kind and can be listed and cleared', async () => {
    expect((await h.control('faults', { kind: 'gremlins' })).status).toBe(400);
    await h.control('faults', { kind: '500', count: 3 });
    expect((await h.control('faults', undefined, 'GET')).body.faults).toHaveLength(1);
    await h.control('faults', undefined, 'DELETE');
    expect((await h.call('GET', '/v1/get-balance')).status).toBe(200);
  });
});
