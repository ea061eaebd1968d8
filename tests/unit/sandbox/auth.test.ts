/* eslint-disable @typescript-eslint/no-unsafe-member-access -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot({ credentials: [{ clientId: 'second-user', clientSecret: 'second-secret' }] });
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

describe('token endpoint', () => {
  it('issues a bearer token from a form body', async () => {
    const reply = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      form: 'grant_type=client_credentials&client_id=demo-user-id&client_secret=demo-secret',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(typeof reply.body.access_token).toBe('string');
  });

  it('issues a token from a JSON body and for configured extra credentials', async () => {
    const reply = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      json: { grant_type: 'client_credentials', client_id: 'second-user', client_secret: 'second-secret' },
    });
    expect(reply.status).toBe(200);
    const balance = await h.call('GET', '/v1/get-balance', { token: String(reply.body.access_token) });
    expect(balance.status).toBe(200);
  });

  it('refuses wrong credentials with 401 and no access_token', async () => {
    const reply = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      json: { grant_type: 'client_credentials', client_id: 'demo-user-id', client_secret: 'nope' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.access_token).toBeUndefined();
    expect(reply.body.errors.code).toBe(401);
  });

  it('refuses a missing or wrong grant_type', async () => {
    const missing = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      json: { client_id: 'demo-user-id', client_secret: 'demo-secret' },
    });
    expect(missing.status).toBe(400);
    const wrong = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      json: { grant_type: 'password', client_id: 'demo-user-id', client_secret: 'demo-secret' },
    });
    expect(wrong.status).toBe(400);
  });

  it('honours a configured token lifetime', async () => {
    await h.control('config', { tokenTtlSec: 120 });
    const reply = await h.call('POST', '/v1/oauth/access_token', {
      token: null,
      json: { grant_type: 'client_credentials', client_id: 'demo-user-id', client_secret: 'demo-secret' },
    });
    expect(reply.body.expires_in).toBe(120);
  });
});

describe('bearer checks', () => {
  it('401s without an Authorization header, with the errors-object envelope', async () => {
    const reply = await h.call('GET', '/v1/get-balance', { token: null });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ errors: { code: 401, title: expect.any(String) as unknown, source: '' } });
  });

  it('401s for a raw token without "Bearer" and for an unknown token', async () => {
    const raw = await h.call('GET', '/v1/get-balance', { token: null, headers: { Authorization: h.token } });
    expect(raw.status).toBe(401);
    const unknown = await h.call('GET', '/v1/get-balance', { token: 'not-a-token' });
    expect(unknown.status).toBe(401);
  });

  it('401s once the token has expired (clock advanced past the lifetime)', async () => {
    const token = await h.newToken();
    expect((await h.call('GET', '/v1/get-balance', { token })).status).toBe(200);
    await h.control('clock', { advanceMs: 3_601_000 });
    expect((await h.call('GET', '/v1/get-balance', { token })).status).toBe(401);
    expect((await h.call('GET', '/v1/get-balance', { token: await h.newToken() })).status).toBe(200);
  });
});
