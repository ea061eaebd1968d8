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

describe('request log (GET /__sandbox/log)', () => {
  it('records method, path, route, parsed query and body, status, credits and task kind', async () => {
    const start = await h.call('POST', '/v2/email-verification/start?emails[]=a@acme-robotics.example');
    await h.call('GET', `/v2/email-verification/result?task_hash=${String(start.body.data.task_hash)}`);
    const entries = (await h.control('log', undefined, 'GET')).body.entries as Record<string, unknown>[];
    const api = entries.filter((entry) => entry['route'] !== null);
    expect(api[0]).toMatchObject({
      method: 'POST',
      path: '/v2/email-verification/start',
      route: 'emailVerificationStart',
      query: { emails: ['a@acme-robotics.example'] },
      body: {},
      auth: 'bearer-valid',
      status: 200,
      credits: 1,
      task: 'start',
      fault: null,
    });
    expect(api[1]).toMatchObject({ route: 'emailVerificationResult', task: 'poll', credits: 0 });
    expect(typeof api[0]?.['time']).toBe('string');
  });

  it('never contains the token or the client secret', async () => {
    const token = await h.newToken();
    await h.call('GET', '/v1/get-balance', { token: null });
    await h.call('GET', '/v1/get-balance', { token: 'wrong' });
    const text = (await h.control('log', undefined, 'GET')).text;
    expect(text).not.toContain(token);
    expect(text).not.toContain('demo-secret');
    const entries = (
      JSON.parse(text) as { entries: { auth: string; body: Record<string, unknown> | null }[] }
    ).entries;
    expect(entries.map((entry) => entry.auth)).toEqual(
      expect.arrayContaining(['none', 'missing', 'bearer-unknown']),
    );
    expect(
      entries.find((entry) => entry.body?.['client_secret'] !== undefined)?.body?.['client_secret'],
    ).toBe('***');
  });

  it('filters by route and since, and DELETE clears it', async () => {
    await h.call('GET', '/v1/get-balance');
    await h.call('GET', '/v2/pipelines');
    const balance = await h.control('log?route=balance', undefined, 'GET');
    expect(balance.body.entries).toHaveLength(1);
    await h.control('log', undefined, 'DELETE');
    expect((await h.control('log?route=balance', undefined, 'GET')).body.entries).toHaveLength(0);
  });
});
