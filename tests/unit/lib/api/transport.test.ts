// @vitest-environment node
// Retry policy and error mapping of the transport, on a fake clock and a fake fetch.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../../lib/api/paths';
import type { SlotOutcome } from '../../../../lib/api/send-log';
import { createTransport } from '../../../../lib/api/transport';
import { ok } from '../../../../lib/result';
import { type FakeReply, createFakeFetch, createFakeTime, example, exampleRouter, json } from './fakes';
import { makeClient, makeTransport } from './harness';

const balanceSpec = { route: ROUTES.balance, schema: v.object({ success: v.boolean() }) };

describe('401', () => {
  it('invalidates the token, fetches a new one and retries once', async () => {
    let first = true;
    const { client, time, calls } = makeClient(
      exampleRouter((req) => {
        if (req.url.pathname === '/v1/get-balance' && first) {
          first = false;
          return json({ errors: { code: 401, title: 'Unauthorized' } }, 401);
        }
        return undefined;
      }),
    );
    const result = await time.run(client.balance());
    expect(result.ok).toBe(true);
    expect(calls.map((c) => `${c.url.pathname} ${c.headers.get('authorization') ?? ''}`)).toEqual([
      '/v1/oauth/access_token ',
      '/v1/get-balance Bearer tok-1',
      '/v1/oauth/access_token ',
      '/v1/get-balance Bearer tok-2',
    ]);
  });

  it('a second 401 is auth-expired (no loop)', async () => {
    const { client, time, calls } = makeClient(
      exampleRouter((req) => (req.url.pathname === '/v1/get-balance' ? json({}, 401) : undefined)),
    );
    expect(await time.run(client.balance())).toEqual({ ok: false, error: { kind: 'auth-expired' } });
    expect(calls.filter((c) => c.url.pathname === '/v1/get-balance')).toHaveLength(2);
  });

  it('a 401 in the middle of a batch refreshes once and retries that call once', async () => {
    let verificationStarts = 0;
    const { client, time, calls } = makeClient(
      exampleRouter((req) => {
        if (req.url.pathname !== '/v2/email-verification/start') return undefined;
        verificationStarts++;
        return verificationStarts === 2 ? json({}, 401) : undefined;
      }),
    );
    const emails = Array.from({ length: 25 }, (_, i) => `person${i}@example.com`);
    const outcomes = await time.run(client.verifyEmails(emails));
    expect(outcomes).toHaveLength(25);
    expect(calls.filter((c) => c.url.pathname === '/v1/oauth/access_token')).toHaveLength(2);
    expect(verificationStarts).toBe(4); // 3 chunks + 1 retry of the refused one
  });
});

describe('429', () => {
  it('waits Retry-After seconds, then retries (even a credit-spending start)', async () => {
    let n = 0;
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/start' && n++ === 0
          ? json({}, 429, { 'retry-after': '7' })
          : undefined,
      ),
    );
    const t0 = time.now();
    const result = await time.run(client.verificationStart(['a@example.com']));
    expect(result.ok).toBe(true);
    expect(apiCalls()).toHaveLength(2);
    expect(time.now() - t0).toBe(7000);
  });

  it('without Retry-After backs off exponentially from 2 s', async () => {
    const { transport, time, events } = makeTransport(
      exampleRouter((req) => (req.url.pathname === '/v1/get-balance' ? json({}, 429) : undefined)),
    );
    const result = await time.run(transport.send(balanceSpec));
    const delays = events.flatMap((e) => (e.type === 'retry' ? [e.delayMs] : []));
    expect(delays).toEqual([2000, 4000, 8000, 16000]);
    expect(result).toEqual({ ok: false, error: { kind: 'rate-limited', retryAfterMs: 32000 } });
  });
});

describe('5xx, network failures and timeouts', () => {
  it('500 then success: a non-spending call is retried', async () => {
    let n = 0;
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/get-balance' && n++ === 0 ? json({ message: 'boom' }, 500) : undefined,
      ),
    );
    const result = await time.run(client.balance());
    expect(result.ok && result.value.credits).toBe(25000);
    expect(apiCalls()).toHaveLength(2);
  });

  it('500 on a credit-spending start is returned, never re-sent', async () => {
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/start' ? json({ message: 'boom' }, 500) : undefined,
      ),
    );
    const result = await time.run(client.verificationStart(['a@example.com']));
    expect(result).toEqual({ ok: false, error: { kind: 'server', status: 500, message: 'boom' } });
    expect(apiCalls()).toHaveLength(1);
  });

  it('a network failure is offline; retried for reads, not for spending starts', async () => {
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) => (req.url.pathname === '/v1/oauth/access_token' ? undefined : 'network-error')),
    );
    expect(await time.run(client.verificationStart(['a@example.com']))).toEqual({
      ok: false,
      error: { kind: 'offline' },
    });
    expect(apiCalls()).toHaveLength(1);
    expect(await time.run(client.balance())).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(apiCalls()).toHaveLength(1 + 4);
  });

  it('tells the limiter how each attempt ended: a lost connection may have been sent twice', async () => {
    const time = createFakeTime();
    const replies: FakeReply[] = ['network-error', json({ success: true }, 503), json({ success: true })];
    const fake = createFakeFetch(() => replies.shift() ?? 'network-error');
    const settled: SlotOutcome[] = [];
    const transport = createTransport({
      baseUrl: 'https://api.test',
      tokens: { get: () => Promise.resolve(ok('token')), invalidate: () => undefined },
      limiter: { acquire: () => Promise.resolve(ok({ settle: (outcome) => settled.push(outcome) })) },
      now: time.now,
      sleep: time.sleep,
      fetch: fake.fetch,
    });
    expect((await time.run(transport.send(balanceSpec))).ok).toBe(true);
    expect(settled).toEqual(['connection-lost', 'answered', 'answered']);
  });

  it('a hung request times out (server 408), and is not re-sent when it spends credits', async () => {
    const { client, time, apiCalls } = makeClient(
      exampleRouter((req) => (req.url.pathname === '/v1/oauth/access_token' ? undefined : 'hang')),
      5000,
    );
    const result = await time.run(client.verificationStart(['a@example.com']));
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: 'server', status: 408 });
    expect(apiCalls()).toHaveLength(1);
  });
});

describe('error mapping', () => {
  it('malformed JSON → invalid-response', async () => {
    const { client, time } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/get-balance' ? new Response('{"success": tr', { status: 200 }) : undefined,
      ),
    );
    expect(await time.run(client.balance())).toEqual({
      ok: false,
      error: { kind: 'invalid-response', path: '(body)', message: 'The answer was not valid JSON.' },
    });
  });

  it('a body that fails the schema → invalid-response with a short issue path', async () => {
    const { client, time } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v1/get-balance'
          ? json({ success: true, data: { balance: 'lots' } })
          : undefined,
      ),
    );
    const result = await time.run(client.balance());
    expect(result.ok ? undefined : result.error).toMatchObject({
      kind: 'invalid-response',
      path: 'data.balance',
    });
  });

  it('not_enough_credits task status → out-of-credits', async () => {
    const { client, time } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/emails-by-domain-by-name/result'
          ? json({ status: 'not_enough_credits', data: [] })
          : undefined,
      ),
    );
    expect(await time.run(client.emailsByNameResult('005ffad65aad581943cf65a45112ca7a'))).toEqual({
      ok: false,
      error: { kind: 'out-of-credits' },
    });
  });

  it.each([
    [json({ success: false, errors: ['List not found'] }), { kind: 'refused', message: 'List not found' }],
    [json({ success: false, message: 'Not enough credits' }), { kind: 'out-of-credits' }],
    [
      json({ success: false, errors: ["You don't have enough credits for this request."] }, 402),
      { kind: 'out-of-credits' },
    ],
    [
      json({ success: false, errors: ["You don't have enough credits for this request."] }),
      { kind: 'out-of-credits' },
    ],
    [
      json({ errors: { code: 404, title: 'Sorry, but url or entity not found', source: '' } }, 404),
      { kind: 'not-found', message: 'Sorry, but url or entity not found' },
    ],
    [json({ errors: ['listId is required'] }, 422), { kind: 'refused', message: 'listId is required' }],
    [json({}, 400), { kind: 'server', status: 400 }],
    [
      new Response('<html>Bad gateway</html>', { status: 502 }),
      { kind: 'server', status: 502, message: '<html>Bad gateway</html>' },
    ],
  ])('%# maps to the right ApiError', async (response, expected) => {
    const { transport, time } = makeTransport(
      exampleRouter((req) => (req.url.pathname === '/v1/get-balance' ? response.clone() : undefined)),
    );
    expect(await time.run(transport.send({ ...balanceSpec, spendsCredits: true }))).toEqual({
      ok: false,
      error: expected,
    });
  });

  it('an aborted signal → aborted, and a hung call is cancelled', async () => {
    const controller = new AbortController();
    const { transport, time } = makeTransport(
      exampleRouter((req) => (req.url.pathname === '/v1/get-balance' ? 'hang' : undefined)),
    );
    const pending = transport.send({ ...balanceSpec, signal: controller.signal });
    setImmediate(() => {
      controller.abort();
    });
    expect(await time.run(pending)).toEqual({ ok: false, error: { kind: 'aborted' } });
  });

  it('events and errors never carry the token or the secret', async () => {
    const { client, time, events } = makeClient(
      exampleRouter((req) => (req.url.pathname === '/v1/get-balance' ? json({}, 401) : undefined)),
    );
    const result = await time.run(client.balance());
    const text = JSON.stringify({ events, result });
    expect(text).not.toContain('tok-1');
    expect(text).not.toContain('very-secret');
    expect(events.some((e) => e.type === 'retry' && e.reason === 'unauthorized')).toBe(true);
  });

  it('accepts the example body of every prospecting read', async () => {
    const { client, time } = makeClient();
    const lists = await time.run(client.userLists());
    expect(lists.ok && lists.value.map((l) => l.id)).toEqual([1818597]);
    expect(example('GET /v1/get-user-lists')).toHaveLength(2);
  });
});
