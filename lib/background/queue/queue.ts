/**
 * The persisted work queue: every user action that needs the API is written here before any request.
 *
 * Defends against: losing work when the MV3 worker is killed, and paying twice for it.
 * Invariants callers rely on:
 * - Write-ahead. A batch is recorded as `starting` before its start request is sent, and its
 *   `task_hash` is committed as soon as the start answers. A restarted worker re-polls a started
 *   task by its hash and never starts it again. A task batch found still `starting` (the worker
 *   died while its start was in flight) is never re-sent blindly: the server may have accepted it
 *   and task starts spend credits, so its entries fail with a message and the user may retry.
 * - Idempotent per item: an entry's id is `kind|key`; a job asking for a key that is already
 *   queued or in flight joins it, and a key with a fresh cached answer costs no request.
 * - A failed entry never stops the others; offline and 429 pause all work (`blocked`) until the
 *   network returns, the window passes, or the alarm fires.
 * - Stored state is parsed on every read (queue/schema.ts); inputs are parsed again by their kind.
 */
import type { Clock, Sleep } from '../../api/sleep';
import type { JobKind } from '../../messaging/protocol/dto';
import type { ApiProvider } from '../api-port';
import type { QueueKind } from './kinds';
import { DEFAULT_POLL_POLICY, runCallBatch, runTaskBatch, type PollPolicy } from './runner';
import type { QueueState } from './schema';
import { whenSettled, type Settled } from './waiters';

export type { Settled } from './waiters';
import { addJob, cancelJob, putBatch, retryJob, settle, type NewItem } from './state';
import type { QueueStore } from './store';
import { OFFLINE_RECHECK_MS, planTick, type Launch } from './plan';

const WATCHDOG_MS = 60_000;

/** Everything the queue needs, injected. */
export interface QueueDeps {
  readonly store: QueueStore;
  readonly api: ApiProvider;
  readonly kinds: readonly QueueKind[];
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly isOnline: () => boolean;
  /** Asks to be woken at `at` even if the worker is killed meanwhile (an alarm). */
  readonly wakeAt: (at: number) => void;
  readonly newId: () => string;
  readonly concurrency?: number;
  readonly policy?: PollPolicy;
}

/** The queue's operations. */
export interface Queue {
  /**
   * Records a job and starts working; returns the job id and its entry ids.
   * @param checkedAt when the caller read the cache for `items` (see `addJob`).
   */
  enqueue(
    kind: JobKind,
    label: string,
    items: readonly NewItem[],
    checkedAt?: number,
  ): Promise<{ jobId: string; entryIds: string[] }>;
  cancel(jobId: string): Promise<boolean>;
  retry(jobId: string): Promise<boolean>;
  /** Picks up whatever is workable now (startup, alarm, new work). */
  resume(): Promise<void>;
  /** The browser says the network is back. */
  onOnline(): Promise<void>;
  /** The browser says the network is gone: pause now, not when the next request fails. */
  onOffline(): Promise<void>;
  /** Resolves when nothing is running and nothing is workable right now. */
  idle(): Promise<void>;
  /**
   * Resolves with the entries once all of them are settled, or (with `orBlocked`) as soon as the
   * queue pauses for the network or the rate limit, so a waiting message can answer at once.
   */
  whenSettled(entryIds: readonly string[], options?: { readonly orBlocked?: boolean }): Promise<Settled>;
  read(): Promise<QueueState>;
}

/** Creates the queue. Call `resume()` once the worker starts. */
export function createQueue(deps: QueueDeps): Queue {
  const { store } = deps;
  const running = new Map<string, Promise<void>>();
  const kinds = new Map(deps.kinds.map((kind) => [kind.kind, kind]));
  const policy = deps.policy ?? DEFAULT_POLL_POLICY;
  let timerAt: number | undefined;

  function wake(at: number | undefined): void {
    if (at === undefined) return;
    deps.wakeAt(at);
    const delay = at - deps.now();
    // Short waits also get an in-memory timer: alarms fire no sooner than 30 s in Chrome.
    if (delay > 30_000 || (timerAt !== undefined && timerAt <= at)) return;
    timerAt = at;
    void deps.sleep(Math.max(0, delay)).then(() => {
      timerAt = undefined;
      return tick();
    });
  }

  async function launch(item: Launch): Promise<void> {
    const api = await deps.api();
    if (!api) {
      // Disconnected since the job was queued: a started task keeps its hash for later; the rest fail.
      const { batch } = item;
      const later = (state: QueueState): QueueState =>
        putBatch(state, batch.id, { ...batch, retryAt: deps.now() + 60_000 });
      const notConnected = new Map(
        batch.entryIds.map((id) => [
          id,
          { state: 'failed' as const, error: { kind: 'not-connected' as const } },
        ]),
      );
      const fail = (state: QueueState): QueueState =>
        putBatch(settle(state, notConnected, deps.now()), batch.id, undefined);
      await store.update(batch.taskHash === undefined ? fail : later);
      return;
    }
    const context = { store, api, now: deps.now, sleep: deps.sleep, policy };
    const kind = item.kind;
    if (kind.mode === 'task') await runTaskBatch(context, kind, item.batch, item.resumed);
    else await runCallBatch(context, kind, item.batch);
  }

  async function tick(): Promise<void> {
    let plan: ReturnType<typeof planTick> | undefined;
    await store.update((state) => {
      plan = planTick(state, {
        kinds,
        busy: new Set(running.keys()),
        now: deps.now(),
        isOnline: deps.isOnline(),
        newId: deps.newId,
        slots: (deps.concurrency ?? 3) - running.size,
      });
      // Claimed inside the transaction, so a concurrent tick cannot launch the same batch.
      for (const item of plan.launches) running.set(item.batch.id, Promise.resolve());
      return plan.state;
    });
    if (!plan) return;
    for (const item of plan.launches) {
      const promise = launch(item)
        .catch(() => undefined)
        .finally(() => {
          running.delete(item.batch.id);
          void tick();
        });
      running.set(item.batch.id, promise);
    }
    if (running.size === 0) wake(plan.wakeAt);
    // A watchdog while tasks run: if the worker is killed mid-poll, the alarm restarts it to re-poll.
    else deps.wakeAt(deps.now() + WATCHDOG_MS);
  }

  return {
    async enqueue(kind, label, items, checkedAt) {
      const id = deps.newId();
      const now = deps.now();
      const state = await store.update((current) =>
        addJob(current, { id, kind, label, createdAt: now }, items, checkedAt ?? now),
      );
      void tick();
      return { jobId: id, entryIds: state.jobs.find((job) => job.id === id)?.entryIds ?? [] };
    },
    async cancel(jobId) {
      const state = await store.update((current) => cancelJob(current, jobId, deps.now()));
      return state.jobs.some((job) => job.id === jobId);
    },
    async retry(jobId) {
      const state = await store.update((current) => retryJob(current, jobId, deps.now()));
      void tick();
      return state.jobs.some((job) => job.id === jobId);
    },
    resume: tick,
    async onOnline() {
      await store.update((state) =>
        state.blocked?.reason === 'offline' ? { ...state, blocked: null } : state,
      );
      await tick();
    },
    async onOffline() {
      const retryAt = deps.now() + OFFLINE_RECHECK_MS;
      await store.update((state) =>
        state.blocked?.reason === 'offline' ? state : { ...state, blocked: { reason: 'offline', retryAt } },
      );
      wake(retryAt);
    },
    async idle() {
      await tick();
      while (running.size > 0) {
        await Promise.all([...running.values()]);
        await tick();
      }
    },
    whenSettled: (entryIds, options) => whenSettled(store, entryIds, options?.orBlocked === true),
    read: () => store.read(),
  };
}
