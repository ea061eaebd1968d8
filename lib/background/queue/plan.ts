/**
 * Decides, inside one queue transaction, what to run now: clears an expired pause, handles batches
 * a previous worker left behind, and opens new batches from queued entries up to the free slots.
 */
import type { ApiError } from '../../errors';
import type { JobKind } from '../../messaging/protocol/dto';
import type { QueueKind } from './kinds';
import type { Batch, QueueState } from './schema';
import { nextQueued, openBatch, putBatch, settle } from './state';

/** A batch to run, with its kind; `resumed` batches already have a hash (or are call retries). */
export interface Launch {
  readonly batch: Batch;
  readonly kind: QueueKind;
  readonly resumed: boolean;
}

/** Inputs of {@link planTick}. */
export interface PlanOptions {
  readonly kinds: ReadonlyMap<JobKind, QueueKind>;
  /** Batches this worker is running now. */
  readonly busy: ReadonlySet<string>;
  readonly slots: number;
  readonly now: number;
  readonly isOnline: boolean;
  readonly newId: () => string;
}

/** What to run, the state to commit first, and when to look again. */
export interface Plan {
  readonly state: QueueState;
  readonly launches: Launch[];
  readonly wakeAt: number | undefined;
}

/** The start of a task batch may have reached the server: never re-sent without the user. */
export const INTERRUPTED: ApiError = {
  kind: 'server',
  status: 0,
  message: 'Interrupted while sending: it may have been received. Retry to send it again.',
};

/**
 * While the browser says it is offline, look again this soon: reading `navigator.onLine` costs no
 * request, and the worker's `online` event can be missed (Chromium's network emulation never sends
 * it, so the fault run waited out a whole minute after every reconnect).
 */
export const OFFLINE_RECHECK_MS = 5_000;

function unblock(state: QueueState, options: PlanOptions): QueueState {
  if (!options.isOnline)
    return { ...state, blocked: { reason: 'offline', retryAt: options.now + OFFLINE_RECHECK_MS } };
  if (state.blocked && state.blocked.retryAt <= options.now) return { ...state, blocked: null };
  return state;
}

function adoptOrphans(state: QueueState, options: PlanOptions, launches: Launch[]): QueueState {
  let next = state;
  for (const batch of Object.values(state.batches)) {
    if (options.busy.has(batch.id)) continue;
    const kind = options.kinds.get(batch.kind);
    if (kind?.mode === 'task' && batch.state === 'starting') {
      const failed = new Map(
        batch.entryIds.map((id) => [id, { state: 'failed' as const, error: INTERRUPTED }]),
      );
      next = putBatch(settle(next, failed, options.now), batch.id, undefined);
    } else if (kind && (batch.retryAt ?? 0) <= options.now && launches.length < options.slots) {
      launches.push({ batch, kind, resumed: true });
    }
  }
  return next;
}

function openNew(state: QueueState, options: PlanOptions, launches: Launch[]): QueueState {
  let next = state;
  while (launches.length < options.slots) {
    const entries = nextQueued(next, 10);
    const first = entries[0];
    if (!first) break;
    const kind = options.kinds.get(first.kind);
    const picked = entries.slice(0, kind?.batchSize ?? entries.length);
    const invalid = kind
      ? new Set(kind.invalid(picked).map((entry) => entry.id))
      : new Set(picked.map((entry) => entry.id));
    if (invalid.size > 0) {
      const error: ApiError = {
        kind: 'invalid-input',
        field: 'input',
        message: 'This item can no longer be read; add it again.',
      };
      next = settle(
        next,
        new Map([...invalid].map((id) => [id, { state: 'failed' as const, error }])),
        options.now,
      );
      continue;
    }
    if (!kind) break;
    const batch: Batch = {
      id: options.newId(),
      kind: kind.kind,
      entryIds: picked.map((entry) => entry.id),
      state: 'starting',
      startedAt: options.now,
      polls: 0,
      pollFailures: 0,
    };
    next = openBatch(next, batch, options.now);
    launches.push({ batch, kind, resumed: false });
  }
  return next;
}

function earliest(state: QueueState): number | undefined {
  const times = [state.blocked?.retryAt, ...Object.values(state.batches).map((batch) => batch.retryAt)];
  const defined = times.filter((time): time is number => time !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}

/** Plans one tick of the queue. */
export function planTick(state: QueueState, options: PlanOptions): Plan {
  const launches: Launch[] = [];
  let next = unblock(state, options);
  if (next.blocked) return { state: next, launches, wakeAt: next.blocked.retryAt };
  next = adoptOrphans(next, options, launches);
  next = openNew(next, options, launches);
  return { state: next, launches, wakeAt: earliest(next) };
}
