/**
 * Runs one batch to its end: start (once), then poll by hash until the task completes; or, for
 * call kinds, one request per entry. Every step is committed to the store before the next request,
 * so a worker killed at any point resumes from the last committed step.
 */
import type { ApiError } from '../../errors';
import type { Clock, Sleep } from '../../api/sleep';
import type { ProspectingApi } from '../api-port';
import type { CallKind, Outcome, TaskKind } from './kinds';
import type { Batch, Block, Entry, QueueState } from './schema';
import { putBatch, settle } from './state';
import type { QueueStore } from './store';

/** Polling cadence (REFERENCE.md §2.2: first poll after 2 s, then every 3 s). */
export interface PollPolicy {
  readonly firstMs: number;
  readonly everyMs: number;
  /** Polls per run before the batch rests (`later`) and is picked up again by the alarm. */
  readonly maxPolls: number;
  /** Failed polls (5xx, auth) before the batch's entries fail. */
  readonly maxPollFailures: number;
}

// Tasks take 1–3 s: a first poll at 3 s finds most of them done, so N profiles cost close to the
// floor of one start and one result per 10 (2 s made half the tasks need a second poll; see bench).
export const DEFAULT_POLL_POLICY: PollPolicy = {
  firstMs: 3000,
  everyMs: 3000,
  maxPolls: 20,
  maxPollFailures: 5,
};
const REST_MS = 60_000;
/** How long a call batch rests after a transient failure before it is sent again. */
const CALL_REST_MS = 10_000;

/**
 * Failures that say nothing about the item itself: a server error or timeout, a token refused twice, or
 * an answer that could not be read (a 2xx cut off mid-body looks like this once the transport's retries
 * ran out: a CI fault run lost a save to 503, 503, drop, cut-off in a row). A schema mismatch is also
 * `invalid-response`; retrying it costs a few free requests before the item fails as before.
 */
function isTransient(error: ApiError): boolean {
  return error.kind === 'server' || error.kind === 'auth-expired' || error.kind === 'invalid-response';
}

/** What a batch run needs. */
export interface RunContext {
  readonly store: QueueStore;
  readonly api: ProspectingApi;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly policy: PollPolicy;
}

/** Pauses all API work: offline waits for the network, a 429 for its window. */
export function blockFor(error: ApiError, now: number): Block | undefined {
  // The transport already retried over ~14 s; if the browser is offline, planTick re-checks every 5 s.
  if (error.kind === 'offline') return { reason: 'offline', retryAt: now + 10_000 };
  if (error.kind === 'rate-limited')
    return { reason: 'rate-limited', retryAt: now + Math.max(1000, error.retryAfterMs) };
  return undefined;
}

function failAll(entryIds: readonly string[], error: ApiError): Map<string, Outcome> {
  return new Map(entryIds.map((id) => [id, { state: 'failed', error }]));
}

/** Puts a batch's entries back in the queue (nothing was sent, or it was refused unambiguously). */
function requeue(state: QueueState, batch: Batch, now: number): QueueState {
  const outcomes = new Map(batch.entryIds.map((id) => [id, { state: 'queued' as const }]));
  return putBatch(settle(state, outcomes, now), batch.id, undefined);
}

const MISSING_ROW: ApiError = {
  kind: 'invalid-response',
  path: 'data',
  message: 'The answer had no row for this item.',
};

/** Settles every entry of a batch (one the answer left out fails) and drops the batch. */
function finish(
  state: QueueState,
  batch: Batch,
  outcomes: ReadonlyMap<string, Outcome>,
  now: number,
): QueueState {
  const all = new Map<string, Outcome>(
    batch.entryIds.map((id) => [id, outcomes.get(id) ?? { state: 'failed', error: MISSING_ROW }]),
  );
  return putBatch(settle(state, all, now), batch.id, undefined);
}

function entriesOf(state: QueueState, batch: Batch): Entry[] {
  return batch.entryIds.flatMap((id) => state.entries[id] ?? []);
}

async function startTask(ctx: RunContext, kind: TaskKind, batch: Batch): Promise<Batch | undefined> {
  const entries = entriesOf(await ctx.store.read(), batch);
  const started = await kind.start(ctx.api, entries);
  const now = ctx.now();
  if (started.ok) {
    const next: Batch = { ...batch, state: 'started', taskHash: started.value.taskHash, startedAt: now };
    await ctx.store.update((state) => putBatch(state, batch.id, next));
    return next;
  }
  const block = blockFor(started.error, now);
  // A refused start (offline, 429) sent nothing billable: the entries wait for the next try.
  if (block) await ctx.store.update((state) => ({ ...requeue(state, batch, now), blocked: block }));
  else await ctx.store.update((state) => finish(state, batch, failAll(batch.entryIds, started.error), now));
  return undefined;
}

async function pollFailed(ctx: RunContext, batch: Batch, error: ApiError): Promise<void> {
  const now = ctx.now();
  const block = blockFor(error, now);
  if (block) {
    await ctx.store.update((state) => ({ ...state, blocked: block }));
  } else if (
    error.kind === 'not-found' ||
    error.kind === 'out-of-credits' ||
    batch.pollFailures + 1 >= ctx.policy.maxPollFailures
  ) {
    await ctx.store.update((state) => finish(state, batch, failAll(batch.entryIds, error), now));
  } else if (error.kind !== 'aborted') {
    const rest: Batch = { ...batch, pollFailures: batch.pollFailures + 1, retryAt: now + REST_MS };
    await ctx.store.update((state) => putBatch(state, batch.id, rest));
  }
}

/** Starts (unless it already has a hash) and polls a task batch; `resumed` polls at once. */
export async function runTaskBatch(
  ctx: RunContext,
  kind: TaskKind,
  batch: Batch,
  resumed: boolean,
): Promise<void> {
  let current = batch.taskHash === undefined ? await startTask(ctx, kind, batch) : batch;
  if (current?.taskHash === undefined) return;
  const hash = current.taskHash;
  for (let polls = 0; ; polls++) {
    if (!(resumed && polls === 0)) await ctx.sleep(polls === 0 ? ctx.policy.firstMs : ctx.policy.everyMs);
    const entries = entriesOf(await ctx.store.read(), current);
    const polled = await kind.poll(ctx.api, hash, entries);
    const now = ctx.now();
    if (!polled.ok) return pollFailed(ctx, current, polled.error);
    if (polled.value.done) {
      const outcomes = polled.value.value;
      await ctx.store.update((state) => finish(state, batch, outcomes, now));
      return;
    }
    if (polled.value.status === 'not_enough_credits') {
      await ctx.store.update((state) =>
        finish(state, batch, failAll(batch.entryIds, { kind: 'out-of-credits' }), now),
      );
      return;
    }
    const resting = polls + 1 >= ctx.policy.maxPolls;
    const next: Batch = {
      ...current,
      polls: current.polls + 1,
      pollFailures: 0,
      ...(resting ? { retryAt: now + REST_MS } : {}),
    };
    // Each poll is committed: it keeps the worker alive and records progress for the UI.
    await ctx.store.update((state) => putBatch(state, batch.id, next));
    current = next;
    if (resting) return;
  }
}

/** Sends a call batch (one entry); a refusal without effect puts it back in the queue. */
export async function runCallBatch(ctx: RunContext, kind: CallKind, batch: Batch): Promise<void> {
  const [entry] = entriesOf(await ctx.store.read(), batch);
  if (!entry) {
    await ctx.store.update((state) => putBatch(state, batch.id, undefined));
    return;
  }
  const result = await kind.call(ctx.api, entry);
  const now = ctx.now();
  if (result.ok) {
    await ctx.store.update((state) => finish(state, batch, new Map([[entry.id, result.value]]), now));
    return;
  }
  const block = blockFor(result.error, now);
  if (block) await ctx.store.update((state) => ({ ...requeue(state, batch, now), blocked: block }));
  else if (isTransient(result.error) && batch.pollFailures + 1 < ctx.policy.maxPollFailures) {
    // The transport's own retries ran out on a passing fault (found by the fault run, issue 7: a save
    // failed after four 5xx in a row). Call kinds are free and idempotent: rest, then send again.
    const rest: Batch = { ...batch, pollFailures: batch.pollFailures + 1, retryAt: now + CALL_REST_MS };
    await ctx.store.update((state) => putBatch(state, batch.id, rest));
  } else await ctx.store.update((state) => finish(state, batch, failAll(batch.entryIds, result.error), now));
}
