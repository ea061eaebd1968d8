// @vitest-environment node
/**
 * Bugs the reliability suite found (issue 7), each pinned by the smallest case that showed it.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { linkedinProfilesStart } from '../../../lib/api/endpoints/finder';
import { userLists } from '../../../lib/api/endpoints/prospects';
import { UnixSecondsSchema } from '../../../lib/api/schemas/common';
import { createTransport } from '../../../lib/api/transport';
import type { Transport } from '../../../lib/api/transport-types';
import { ROUTES } from '../../../lib/api/paths';
import { ok } from '../../../lib/result';
import { validateEmail } from '../../../lib/api/validate';
import { DEFAULT_POLL_POLICY, blockFor, runCallBatch } from '../../../lib/background/queue/runner';
import { defineCallKind } from '../../../lib/background/queue/kinds';
import { openBatch, addJob } from '../../../lib/background/queue/state';
import { createQueueStore } from '../../../lib/background/queue/store';
import type { ProspectingApi } from '../../../lib/background/api-port';
import type { ApiError } from '../../../lib/errors';
import { err } from '../../../lib/result';
import { OFFLINE_RECHECK_MS, planTick } from '../../../lib/background/queue/plan';
import { emptyQueue } from '../../../lib/background/queue/schema';
import { normaliseHost } from '../../../lib/detect/host';
import { parseLinkedInUrl } from '../../../lib/detect/linkedin/urls';

describe('found by fuzzing', () => {
  it('an out-of-range Unix time in an answer is a schema issue, not a RangeError', () => {
    for (const input of [1e20, -1e20, '99999999999999999999'])
      expect(v.safeParse(UnixSecondsSchema, input).success).toBe(false);
    expect(v.parse(UnixSecondsSchema, 0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('an address with a lone surrogate or a control is refused before any request (it could not be encoded)', () => {
    for (const input of ['\ud800@acme.example', 'ja\u0000ne@acme.example', 'jane@acme.example\u0007']) {
      expect(validateEmail(input)).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(validateEmail('zoë@acme.example').ok).toBe(true);
  });

  it('a request with a lone surrogate anywhere is invalid input before any request, not "offline"', async () => {
    for (const [field, send] of [
      [
        'task_hash',
        (transport: Transport) =>
          transport.send({
            route: ROUTES.domainSearchResult,
            pathParams: { task_hash: 'x\ud800' },
            schema: v.unknown(),
          }),
      ],
      [
        'fullName',
        (transport: Transport) =>
          transport.send({
            route: ROUTES.addProspectToList,
            form: { fullName: 'Jane \udc00' },
            schema: v.unknown(),
          }),
      ],
      [
        'tags.1',
        (transport: Transport) =>
          transport.send({ route: ROUTES.balance, query: { tags: ['ok', '\ud83d'] }, schema: v.unknown() }),
      ],
    ] as const) {
      const server = scripted(['{}']);
      expect(await send(server.transport)).toMatchObject({
        ok: false,
        error: { kind: 'invalid-input', field },
      });
      expect(server.calls()).toBe(0);
    }
    const server = scripted(['{}']);
    const sent = await server.transport.send({
      route: ROUTES.addProspectToList,
      form: { fullName: 'Zoë 😀' },
      schema: v.unknown(),
    });
    expect(sent.ok).toBe(true);
  });

  it('hosts with a backslash or no label are not hosts', () => {
    expect(normaliseHost('evil.example\\.linkedin.com')).toBeUndefined();
    for (const input of ['.', '..', '.:', ';..', 'A。', 'é.\u200b']) {
      const once = normaliseHost(input);
      expect(once === undefined || normaliseHost(once) === once).toBe(true);
    }
    expect(normaliseHost('Acme.Example.')).toBe('acme.example');
  });

  it.each([
    'https://www.linkedin.com/in/%2e%2e',
    'https://www.linkedin.com/in/..',
    'https://www.linkedin.com/in/0./details/',
  ])('%s is not a profile', (input) => {
    expect(parseLinkedInUrl(input).ok).toBe(false);
  });
});

/** A transport whose server answers `bodies` in turn (status 200), counting requests. */
function scripted(bodies: string[]) {
  let calls = 0;
  const transport = createTransport({
    baseUrl: 'https://api.test',
    tokens: { get: () => Promise.resolve(ok('token')), invalidate: () => undefined },
    limiter: { acquire: () => Promise.resolve(ok({ settle: () => undefined })) },
    now: Date.now,
    sleep: (ms, signal) =>
      ms < 30_000
        ? Promise.resolve()
        : new Promise((resolve) =>
            signal?.addEventListener('abort', () => {
              resolve();
            }),
          ),
    fetch: () =>
      Promise.resolve(new Response(bodies[Math.min(calls++, bodies.length - 1)] ?? '', { status: 200 })),
  });
  return { transport, calls: () => calls };
}

describe('found by the fault run', () => {
  it('a 2xx answer cut off mid-body is asked again for a free call, never for a paid start', async () => {
    const free = scripted([
      '{"success":true,"da',
      '[{"id":1,"name":"Leads","contacts":3,"isDeleted":false,"creationDate":{"date":"2026-01-01 00:00:00.000000","timezone_type":3,"timezone":"UTC"},"deletionDate":null}]',
    ]);
    expect((await userLists(free.transport)).ok).toBe(true);
    expect(free.calls()).toBe(2);
    const paid = scripted(['{"data":{"task_ha']);
    const started = await linkedinProfilesStart(paid.transport, ['https://www.linkedin.com/in/jane-doe']);
    expect(started).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
    expect(paid.calls()).toBe(1);
  });

  it('offline, the queue looks at the network again within 5 s (the online event can be missed)', () => {
    const plan = planTick(emptyQueue(), {
      kinds: new Map(),
      busy: new Set(),
      slots: 3,
      now: 1000,
      isOnline: false,
      newId: () => 'id',
    });
    expect(plan.state.blocked).toEqual({ reason: 'offline', retryAt: 1000 + OFFLINE_RECHECK_MS });
    expect(OFFLINE_RECHECK_MS).toBeLessThanOrEqual(5000);
    expect(blockFor({ kind: 'offline' }, 0)?.retryAt).toBeLessThanOrEqual(10_000);
  });

  it('a free call whose transport retries ran out on a server error rests and is sent again, not failed', async () => {
    let saved: unknown;
    const store = createQueueStore({
      load: () => Promise.resolve(saved),
      save: (state) => {
        saved = state;
        return Promise.resolve();
      },
    });
    const outcomes: (ApiError | null)[] = [
      { kind: 'server', status: 503 },
      { kind: 'auth-expired' },
      // A 2xx cut off mid-body after the transport's retries (a CI fault run lost a save to this).
      { kind: 'invalid-response', path: '(body)', message: 'The answer was not valid JSON.' },
      null,
    ];
    const kind = defineCallKind({
      kind: 'add-to-list',
      input: v.object({ n: v.number() }),
      call: () => {
        const next = outcomes.shift() ?? null;
        return Promise.resolve(next ? err(next) : ok({ state: 'done' as const }));
      },
    });
    const batch = {
      id: 'b',
      kind: 'add-to-list' as const,
      entryIds: ['add-to-list|k'],
      state: 'starting' as const,
      startedAt: 0,
      polls: 0,
      pollFailures: 0,
    };
    await store.update((state) =>
      openBatch(
        addJob(state, { id: 'j', kind: 'add-to-list', label: 'Save', createdAt: 0 }, [
          { key: 'k', input: { n: 1 }, isCached: false },
        ]),
        batch,
        0,
      ),
    );
    const ctx = {
      store,
      api: {} as ProspectingApi,
      now: () => 1000,
      sleep: () => Promise.resolve(),
      policy: DEFAULT_POLL_POLICY,
    };
    for (let run = 0; run < 4; run++) {
      const current = (await store.read()).batches['b'];
      if (current) await runCallBatch(ctx, kind, current);
    }
    const state = await store.read();
    expect(state.entries['add-to-list|k']?.state).toBe('done');
    expect(outcomes).toEqual([]);
  });
});
