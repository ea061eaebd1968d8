// @vitest-environment node
// Async tasks: cadence, timeout carrying the hash, resume by hash (no second start), credits, abort.
import { describe, expect, it } from 'vitest';
import { example, exampleRouter, json } from './fakes';
import { makeClient } from './harness';

const HASH = '0110437df6811068197577a538849a4b';
const inProgress = { status: 'in_progress', data: [], meta: { task_hash: HASH } };

describe('tasks', () => {
  it('polls first after 2 s, then every 3 s growing, until completed', async () => {
    let polls = 0;
    const { client, time, events } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/result' && polls++ < 2 ? json(inProgress) : undefined,
      ),
    );
    const t0 = time.now();
    const outcomes = await time.run(client.verifyEmails(['john.doe@example.com']));
    expect(outcomes[0]).toMatchObject({
      ok: true,
      value: { smtp_status: 'valid', email: 'john.doe@example.com' },
    });
    const pollTimes = events
      .filter((e) => e.type === 'request' && e.route.endsWith('/result'))
      .map((e) => e.at - t0);
    expect(pollTimes).toEqual([2000, 5000, 9500]);
  });

  it('a task that never completes times out with its hash; resume re-polls it without a new start', async () => {
    let done = false;
    const { client, time, calls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/result' && !done ? json(inProgress) : undefined,
      ),
    );
    const started: { hash: string; inputs: readonly string[] }[] = [];
    const outcomes = await time.run(
      client.verifyEmails(['john.doe@example.com', 'info@example.org'], {
        timeoutMs: 30_000,
        onStarted: (b) => void started.push(b),
      }),
    );
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual([
      { kind: 'task-timeout', taskHash: HASH },
      { kind: 'task-timeout', taskHash: HASH },
    ]);
    expect(started).toEqual([
      { kind: 'verify-emails', hash: HASH, inputs: ['john.doe@example.com', 'info@example.org'] },
    ]);
    const startsBefore = calls.filter((c) => c.url.pathname.endsWith('/start')).length;

    done = true;
    const [batch] = started;
    if (!batch) throw new Error('no batch');
    const resumed = await time.run(
      client.resumeBatch({ kind: 'verify-emails', hash: batch.hash, inputs: batch.inputs }),
    );
    expect(resumed.ok && resumed.value.map((o) => o.ok && o.value.smtp_status)).toEqual(['valid', 'unknown']);
    expect(calls.filter((c) => c.url.pathname.endsWith('/start')).length).toBe(startsBefore);
    const lastPoll = calls.at(-1);
    expect(lastPoll?.url.searchParams.get('task_hash')).toBe(HASH);
  });

  it('resumeTask re-polls any kind by hash, immediately, hash in the path for the domain family', async () => {
    const { client, time, calls } = makeClient();
    const t0 = time.now();
    const info = await time.run(client.resumeTask('company-info', '6f15de14db954c761f8e7507547b3bd7'));
    expect(info.ok && info.value.company?.company_name).toBe('Example Inc');
    expect(time.now()).toBe(t0);
    expect(calls.at(-1)?.url.pathname).toBe('/v2/domain-search/result/6f15de14db954c761f8e7507547b3bd7');
  });

  it('not_enough_credits ends the task with out-of-credits', async () => {
    const { client, time } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/emails-by-domain-by-name/result'
          ? json({ status: 'not_enough_credits', data: [], meta: {} })
          : undefined,
      ),
    );
    const [outcome] = await time.run(
      client.findEmails([{ firstName: 'John', lastName: 'Doe', domain: 'example.com' }]),
    );
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'out-of-credits' } });
  });

  it('cancellation stops polling with aborted', async () => {
    const controller = new AbortController();
    const { client, time, calls } = makeClient(
      exampleRouter((req) =>
        req.url.pathname === '/v2/email-verification/result' ? json(inProgress) : undefined,
      ),
    );
    const pending = client.verifyEmails(['a@example.com'], {
      signal: controller.signal,
      onStarted: () => {
        setImmediate(() => {
          controller.abort();
        });
      },
    });
    const [outcome] = await time.run(pending);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(calls.filter((c) => c.url.pathname.endsWith('/result')).length).toBeLessThanOrEqual(1);
  });

  it('the in-progress domain-family body (links: [], data: []) is read as still running', async () => {
    let n = 0;
    const { client, time } = makeClient(
      exampleRouter((req) =>
        req.url.pathname.startsWith('/v2/domain-search/result/') && n++ === 0
          ? json({ data: [], meta: { task_hash: 'x' }, links: [], status: 'in progress' })
          : undefined,
      ),
    );
    const info = await time.run(client.resumeTask('company-info', '6f15de14db954c761f8e7507547b3bd7'));
    expect(info.ok).toBe(true);
    expect(example('GET /v2/domain-search/result/{task_hash}')).toMatchObject({ status: 'completed' });
  });
});
