/* eslint-disable @typescript-eslint/no-unsafe-member-access -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot({ rateLimitPerMinute: 1000 });
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

const hook = {
  event_object: 'campaign_reply',
  event_action: 'received',
  endpoint_url: 'https://hooks.prospector-demo.example/x',
};

describe('webhooks', () => {
  it('lists doubly nested items with both statuses', async () => {
    const reply = await h.call('GET', '/v2/webhooks');
    expect(reply.body.meta.webhooks_count).toBe(2);
    expect((reply.body.data as { data: { status: string } }[]).map((item) => item.data.status)).toEqual([
      'active',
      'deactivated',
    ]);
  });

  it('creates up to 50 webhooks (deactivated ones count), then refuses', async () => {
    for (let index = 0; index < 48; index += 1)
      expect((await h.call('POST', '/v2/webhooks', { json: hook })).status).toBe(200);
    const refused = await h.call('POST', '/v2/webhooks', { json: hook });
    expect(refused.body).toMatchObject({ success: false });
    await h.call('DELETE', '/v2/webhooks/14');
    const created = await h.call('POST', '/v2/webhooks', { json: hook });
    expect(created.body.data).toMatchObject({ end_point: hook.endpoint_url, status: 'active' });
  });

  it('PUT changes only the status', async () => {
    expect(
      (await h.call('PUT', '/v2/webhooks/8', { json: { status: 'deactivated' } })).body.data.status,
    ).toBe('deactivated');
    expect((await h.call('PUT', '/v2/webhooks/8', { json: { status: 'paused' } })).status).toBe(422);
    expect(
      (
        await h.call('PUT', '/v2/webhooks/8', {
          json: { status: 'active', endpoint_url: 'https://x.example' },
        })
      ).status,
    ).toBe(422);
    expect((await h.call('PUT', '/v2/webhooks/999', { json: { status: 'active' } })).status).toBe(404);
  });

  it('refuses unknown events and non-premium accounts', async () => {
    expect((await h.call('POST', '/v2/webhooks', { json: { ...hook, event_action: 'opened' } })).status).toBe(
      422,
    );
    await h.control('config', { premium: false });
    expect((await h.call('GET', '/v2/webhooks')).status).toBe(403);
  });
});
