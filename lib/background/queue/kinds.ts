/**
 * How each kind of queued work talks to the API. A task kind starts one async task per batch and
 * settles its entries from the result; a call kind makes one plain request per entry. Inputs come
 * back from storage, so each kind parses them with its own schema before use.
 */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { JobKind } from '../../messaging/protocol/dto';
import type { Result } from '../../result';
import type { ApiResult, ProspectingApi, TaskPoll } from '../api-port';
import type { Cache } from '../cache/store';
import type { Entry, EntryState } from './schema';

/** How one entry ended. */
export interface Outcome {
  readonly state: Extract<EntryState, 'done' | 'not-found' | 'skipped' | 'failed'>;
  readonly error?: ApiError;
}

/** What kinds may use besides the API. */
export interface KindDeps {
  readonly cache: Cache;
}

/** An entry with its input parsed. */
export interface Item<I> {
  readonly id: string;
  readonly key: string;
  readonly input: I;
}

/** Work sent as async tasks, `batchSize` entries per start. */
export interface TaskKind {
  readonly mode: 'task';
  readonly kind: JobKind;
  readonly batchSize: number;
  /** Entries whose stored input no longer parses (they fail without a request). */
  invalid(entries: readonly Entry[]): Entry[];
  start(
    api: ProspectingApi,
    entries: readonly Entry[],
    signal?: AbortSignal,
  ): ApiResult<{ readonly taskHash: string }>;
  /** Polls once; when done, caches the results and returns one outcome per entry id. */
  poll(
    api: ProspectingApi,
    taskHash: string,
    entries: readonly Entry[],
    signal?: AbortSignal,
  ): ApiResult<TaskPoll<Map<string, Outcome>>>;
}

/** Work sent as one plain request per entry. */
export interface CallKind {
  readonly mode: 'call';
  readonly kind: JobKind;
  readonly batchSize: number;
  invalid(entries: readonly Entry[]): Entry[];
  call(api: ProspectingApi, entry: Entry, signal?: AbortSignal): Promise<Result<Outcome, ApiError>>;
}

/** Any kind of queued work. */
export type QueueKind = TaskKind | CallKind;

function parseItems<I>(schema: v.GenericSchema<unknown, I>, entries: readonly Entry[]): Item<I>[] {
  return entries.flatMap((entry) => {
    const parsed = v.safeParse(schema, entry.input);
    return parsed.success ? [{ id: entry.id, key: entry.key, input: parsed.output }] : [];
  });
}

function invalidOf(schema: v.GenericSchema, entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => !v.safeParse(schema, entry.input).success);
}

/** Declares a task kind with typed inputs `I` and task result `T`. */
export function defineTaskKind<I, T>(definition: {
  readonly kind: JobKind;
  readonly batchSize: number;
  readonly input: v.GenericSchema<unknown, I>;
  readonly start: (
    api: ProspectingApi,
    items: readonly Item<I>[],
    signal?: AbortSignal,
  ) => ApiResult<{ readonly taskHash: string }>;
  readonly result: (api: ProspectingApi, taskHash: string, signal?: AbortSignal) => ApiResult<TaskPoll<T>>;
  readonly settle: (items: readonly Item<I>[], value: T) => Promise<Map<string, Outcome>>;
}): TaskKind {
  return {
    mode: 'task',
    kind: definition.kind,
    batchSize: definition.batchSize,
    invalid: (entries) => invalidOf(definition.input, entries),
    start: (api, entries, signal) => definition.start(api, parseItems(definition.input, entries), signal),
    async poll(api, taskHash, entries, signal) {
      const polled = await definition.result(api, taskHash, signal);
      if (!polled.ok) return polled;
      if (!polled.value.done) return { ok: true, value: { done: false, status: polled.value.status } };
      const outcomes = await definition.settle(parseItems(definition.input, entries), polled.value.value);
      return { ok: true, value: { done: true, value: outcomes } };
    },
  };
}

/** Declares a call kind with typed inputs `I`. */
export function defineCallKind<I>(definition: {
  readonly kind: JobKind;
  readonly input: v.GenericSchema<unknown, I>;
  readonly call: (
    api: ProspectingApi,
    item: Item<I>,
    signal?: AbortSignal,
  ) => Promise<Result<Outcome, ApiError>>;
}): CallKind {
  return {
    mode: 'call',
    kind: definition.kind,
    batchSize: 1,
    invalid: (entries) => invalidOf(definition.input, entries),
    async call(api, entry, signal) {
      const [item] = parseItems(definition.input, [entry]);
      if (!item)
        return {
          ok: true,
          value: {
            state: 'failed',
            error: { kind: 'invalid-input', field: 'input', message: 'Unreadable queued item.' },
          },
        };
      return definition.call(api, item, signal);
    },
  };
}
