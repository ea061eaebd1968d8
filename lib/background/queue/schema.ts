/**
 * The persisted queue's shape (`local:queue`). It is read back from storage, so it is parsed with
 * these schemas on every load; anything unreadable is dropped and logged, never trusted.
 */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import { JobKindSchema } from '../../messaging/protocol/dto';

const text = v.string();

/** Every {@link ApiError} variant, so a stored failure reads back with its type. */
export const ApiErrorSchema: v.GenericSchema<unknown, ApiError> = v.variant('kind', [
  v.object({
    kind: v.picklist([
      'auth-invalid',
      'auth-expired',
      'not-connected',
      'out-of-credits',
      'offline',
      'aborted',
    ]),
  }),
  v.object({ kind: v.literal('rate-limited'), retryAfterMs: v.number() }),
  v.object({ kind: v.literal('invalid-input'), field: text, message: text }),
  v.object({ kind: v.literal('not-found'), message: v.exactOptional(text) }),
  v.object({ kind: v.literal('invalid-response'), path: text, message: text }),
  v.object({ kind: v.literal('server'), status: v.number(), message: v.exactOptional(text) }),
  v.object({ kind: v.literal('refused'), message: text }),
  v.object({ kind: v.literal('task-timeout'), taskHash: text }),
]);

/**
 * One unit of work, shared by every job that asked for it (id = `kind|key`).
 * queued → active (in a batch) → done | not-found | skipped | failed.
 */
export const EntrySchema = v.object({
  id: text,
  kind: JobKindSchema,
  key: text,
  /** The kind's input, parsed again by the kind's own schema before use. */
  input: v.unknown(),
  state: v.picklist(['queued', 'active', 'done', 'not-found', 'skipped', 'failed']),
  error: v.exactOptional(ApiErrorSchema),
  updatedAt: v.number(),
});
export type Entry = v.InferOutput<typeof EntrySchema>;
export type EntryState = Entry['state'];

/**
 * Entries sent together. `starting` is written before the start request goes out and `taskHash`
 * as soon as it answers (write-ahead), so a restarted worker knows whether a task exists.
 */
export const BatchSchema = v.object({
  id: text,
  kind: JobKindSchema,
  entryIds: v.array(text),
  state: v.picklist(['starting', 'started']),
  taskHash: v.exactOptional(text),
  startedAt: v.number(),
  polls: v.number(),
  pollFailures: v.number(),
  /** Do not touch before this instant (a task that is slow, or a poll that failed). */
  retryAt: v.exactOptional(v.number()),
});
export type Batch = v.InferOutput<typeof BatchSchema>;

/** A user action: the entries it asked for, and whether it was cancelled. */
export const JobSchema = v.object({
  id: text,
  kind: JobKindSchema,
  label: text,
  entryIds: v.array(text),
  cancelled: v.boolean(),
  createdAt: v.number(),
  updatedAt: v.number(),
});
export type Job = v.InferOutput<typeof JobSchema>;

/** Why all API work is paused. */
export const BlockSchema = v.object({ reason: v.picklist(['offline', 'rate-limited']), retryAt: v.number() });
export type Block = v.InferOutput<typeof BlockSchema>;

export const QueueStateSchema = v.object({
  entries: v.record(text, EntrySchema),
  batches: v.record(text, BatchSchema),
  jobs: v.array(JobSchema),
  blocked: v.nullable(BlockSchema),
});
export type QueueState = v.InferOutput<typeof QueueStateSchema>;

/** The empty queue. */
export function emptyQueue(): QueueState {
  return { entries: {}, batches: {}, jobs: [], blocked: null };
}

/** Terminal entry states: nothing more will be sent for them. */
export function isSettled(state: EntryState): boolean {
  return state === 'done' || state === 'not-found' || state === 'skipped' || state === 'failed';
}
