/**
 * Pure transitions of the persisted queue. Every function takes the state and returns a new one,
 * so the queue can apply them inside one serialised read-modify-write and tests can call them
 * directly.
 */
import type { ApiError } from '../../errors';
import type { JobKind, JobView } from '../../messaging/protocol/dto';
import type { Batch, Entry, EntryState, Job, QueueState } from './schema';
import { isSettled } from './schema';

/** One item of a new job: its key, its input, and whether a fresh cached answer already exists. */
export interface NewItem {
  readonly key: string;
  readonly input: unknown;
  readonly isCached: boolean;
}

/** The id of the entry for a key: shared by every job asking the same thing. */
export function entryId(kind: JobKind, key: string): string {
  return `${kind}|${key}`;
}

/**
 * Adds a job. Keys already queued or in flight are joined; cached keys, and keys another job
 * settled after the caller read the cache (`checkedAt`), are done at once.
 */
export function addJob(
  state: QueueState,
  job: Omit<Job, 'entryIds' | 'cancelled' | 'updatedAt'>,
  items: readonly NewItem[],
  checkedAt = job.createdAt,
): QueueState {
  const entries = { ...state.entries };
  const ids: string[] = [];
  for (const item of items) {
    const id = entryId(job.kind, item.key);
    if (ids.includes(id)) continue;
    ids.push(id);
    const existing = entries[id];
    const settledSince =
      existing !== undefined &&
      existing.state !== 'failed' &&
      isSettled(existing.state) &&
      existing.updatedAt >= checkedAt;
    if (settledSince) continue;
    if (item.isCached) {
      entries[id] = {
        id,
        kind: job.kind,
        key: item.key,
        input: item.input,
        state: 'done',
        updatedAt: job.createdAt,
      };
    } else if (existing?.state === 'queued' || existing?.state === 'active') {
      continue;
    } else {
      entries[id] = {
        id,
        kind: job.kind,
        key: item.key,
        input: item.input,
        state: 'queued',
        updatedAt: job.createdAt,
      };
    }
  }
  const added: Job = { ...job, entryIds: ids, cancelled: false, updatedAt: job.createdAt };
  return { ...state, entries, jobs: [...state.jobs, added] };
}

/** Sets the state (and error) of entries, touching the jobs that hold them. */
export function settle(
  state: QueueState,
  outcomes: ReadonlyMap<string, { state: EntryState; error?: ApiError }>,
  now: number,
): QueueState {
  const entries = { ...state.entries };
  for (const [id, outcome] of outcomes) {
    const entry = entries[id];
    if (!entry) continue;
    const next: Entry = {
      id: entry.id,
      kind: entry.kind,
      key: entry.key,
      input: entry.input,
      state: outcome.state,
      updatedAt: now,
    };
    entries[id] = outcome.error ? { ...next, error: outcome.error } : next;
  }
  const jobs = state.jobs.map((job) =>
    job.entryIds.some((id) => outcomes.has(id)) ? { ...job, updatedAt: now } : job,
  );
  return { ...state, entries, jobs };
}

/** Entry ids that some live (not cancelled) job still wants. */
function wanted(state: QueueState): Set<string> {
  return new Set(state.jobs.filter((job) => !job.cancelled).flatMap((job) => job.entryIds));
}

/** The next queued entries of one kind, oldest job first, at most `size`. */
export function nextQueued(state: QueueState, size: number): Entry[] {
  const live = wanted(state);
  const queued = Object.values(state.entries).filter(
    (entry) => entry.state === 'queued' && live.has(entry.id),
  );
  const kind = queued[0]?.kind;
  return queued.filter((entry) => entry.kind === kind).slice(0, size);
}

/** Records a batch and marks its entries active (written before the start request is sent). */
export function openBatch(state: QueueState, batch: Batch, now: number): QueueState {
  const outcomes = new Map(batch.entryIds.map((id) => [id, { state: 'active' as const }]));
  return { ...settle(state, outcomes, now), batches: { ...state.batches, [batch.id]: batch } };
}

/** Replaces or removes a batch. */
export function putBatch(state: QueueState, id: string, batch: Batch | undefined): QueueState {
  const rest = Object.fromEntries(Object.entries(state.batches).filter(([key]) => key !== id));
  return { ...state, batches: batch ? { ...rest, [id]: batch } : rest };
}

/** Cancels a job; its queued entries that no other live job wants end as `aborted` (never sent). */
export function cancelJob(state: QueueState, jobId: string, now: number): QueueState {
  const jobs = state.jobs.map((job) =>
    job.id === jobId ? { ...job, cancelled: true, updatedAt: now } : job,
  );
  const next = { ...state, jobs };
  const live = wanted(next);
  const aborted: ApiError = { kind: 'aborted' };
  const outcomes = new Map(
    Object.values(state.entries)
      .filter((entry) => entry.state === 'queued' && !live.has(entry.id))
      .map((entry) => [entry.id, { state: 'failed' as const, error: aborted }]),
  );
  return settle(next, outcomes, now);
}

/** Re-queues a job's failed entries (an explicit user retry). */
export function retryJob(state: QueueState, jobId: string, now: number): QueueState {
  const job = state.jobs.find((item) => item.id === jobId);
  if (!job) return state;
  const outcomes = new Map(
    job.entryIds
      .filter((id) => state.entries[id]?.state === 'failed')
      .map((id) => [id, { state: 'queued' as const }]),
  );
  const jobs = state.jobs.map((item) =>
    item.id === jobId ? { ...item, cancelled: false, updatedAt: now } : item,
  );
  return settle({ ...state, jobs }, outcomes, now);
}

/** Whether every entry of a job is settled. */
export function isJobFinished(state: QueueState, job: Job): boolean {
  return job.cancelled || job.entryIds.every((id) => isSettled(state.entries[id]?.state ?? 'failed'));
}

/** Keeps the last `keep` finished jobs and drops entries no job refers to. */
export function prune(state: QueueState, keep = 20): QueueState {
  const finished = state.jobs.filter((job) => isJobFinished(state, job));
  const dropped = new Set(finished.slice(0, Math.max(0, finished.length - keep)).map((job) => job.id));
  const jobs = state.jobs.filter((job) => !dropped.has(job.id));
  const referenced = new Set(jobs.flatMap((job) => job.entryIds));
  const inBatch = new Set(Object.values(state.batches).flatMap((batch) => batch.entryIds));
  const entries = Object.fromEntries(
    Object.entries(state.entries).filter(([id]) => referenced.has(id) || inBatch.has(id)),
  );
  return { ...state, jobs, entries };
}

/** The UI's view of every job (local:jobs). */
export function jobViews(state: QueueState): JobView[] {
  const running = new Set(Object.values(state.batches).flatMap((batch) => batch.entryIds));
  return state.jobs.map((job) => {
    const entries = job.entryIds.map((id) => state.entries[id]);
    const done = entries.filter(
      (entry) => entry !== undefined && isSettled(entry.state) && entry.state !== 'failed',
    ).length;
    const failedEntries = entries.filter((entry) => entry === undefined || entry.state === 'failed');
    const failed = failedEntries.length;
    const settledAll = done + failed === entries.length;
    const base = {
      id: job.id,
      kind: job.kind,
      label: job.label,
      total: entries.length,
      done,
      failed,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
    };
    if (job.cancelled) return { ...base, status: 'cancelled' };
    if (settledAll) {
      const errorKind = failedEntries[0]?.error?.kind;
      return {
        ...base,
        status: failed === entries.length && failed > 0 ? 'failed' : 'done',
        ...(errorKind ? { errorKind } : {}),
      };
    }
    if (state.blocked)
      return { ...base, status: 'waiting', errorKind: state.blocked.reason, retryAt: state.blocked.retryAt };
    const isRunning = job.entryIds.some((id) => running.has(id));
    return { ...base, status: isRunning ? 'running' : 'queued' };
  });
}
