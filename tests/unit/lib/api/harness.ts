// Builds a client (or a bare transport) over the fakes, with virtual time.
import { createTokenManager } from '../../../../lib/api/auth';
import { createSnovClient } from '../../../../lib/api/client';
import { requestAccessToken } from '../../../../lib/api/endpoints/auth';
import { createRateLimiter } from '../../../../lib/api/rate-limit';
import { createTransport, type TransportEvent } from '../../../../lib/api/transport';
import type { Transport } from '../../../../lib/api/transport-types';
import { type FakeReply, type SeenRequest, createFakeFetch, createFakeTime, exampleRouter } from './fakes';

export const BASE = 'https://api.test';
export const CREDENTIALS = { clientId: 'user-id', clientSecret: 'very-secret' };

/** A full client over a fake fetch. */
export function makeClient(
  handler: (req: SeenRequest, i: number) => FakeReply | Promise<FakeReply> = exampleRouter(),
  timeoutMs = 30_000,
) {
  const time = createFakeTime();
  const fake = createFakeFetch(handler);
  const events: (TransportEvent & { at: number })[] = [];
  const client = createSnovClient({
    baseUrl: BASE,
    credentials: () => Promise.resolve(CREDENTIALS),
    fetch: fake.fetch,
    now: time.now,
    sleep: time.sleep,
    timeoutMs,
    onEvent: (e) => events.push({ ...e, at: time.now() }),
  });
  const apiCalls = () => fake.calls.filter((c) => c.url.pathname !== '/v1/oauth/access_token');
  const tokenCalls = () => fake.calls.filter((c) => c.url.pathname === '/v1/oauth/access_token');
  return { client, time, calls: fake.calls, apiCalls, tokenCalls, events };
}

/** A bare transport (for encoding and retry tests). */
export function makeTransport(
  handler: (req: SeenRequest, i: number) => FakeReply | Promise<FakeReply> = exampleRouter(),
  timeoutMs = 30_000,
) {
  const time = createFakeTime();
  const fake = createFakeFetch(handler);
  const events: (TransportEvent & { at: number })[] = [];
  const limiter = createRateLimiter({ now: time.now, sleep: time.sleep });
  const ref: { transport?: Transport } = {};
  const tokens = createTokenManager({
    credentials: () => Promise.resolve(CREDENTIALS),
    requestToken: (c) => {
      if (!ref.transport) throw new Error('transport not ready');
      return requestAccessToken(ref.transport, c);
    },
    now: time.now,
  });
  const transport = createTransport({
    baseUrl: BASE,
    tokens,
    limiter,
    now: time.now,
    sleep: time.sleep,
    fetch: fake.fetch,
    timeoutMs,
    onEvent: (e) => events.push({ ...e, at: time.now() }),
  });
  ref.transport = transport;
  const apiCalls = () => fake.calls.filter((c) => c.url.pathname !== '/v1/oauth/access_token');
  return { transport, time, calls: fake.calls, apiCalls, events, limiter };
}
