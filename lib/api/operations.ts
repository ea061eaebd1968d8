/**
 * High-level operations the background calls: batched (10 per call), run as async tasks, merged
 * back in input order, one {@link ItemOutcome} per input. `onStarted` hands over each call's task
 * hash and inputs so the background's persisted queue can store them; after a `task-timeout` it calls
 * `resumeBatch(kind, hash, inputs)` instead of starting (and paying) again.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import { type BatchPlan, type ItemOutcome, alignRows, runBatched } from './batch';
import { PER_CALL_LIMIT } from './endpoints/call';
import { companyDomainsStart, emailsByNameStart, linkedinProfilesStart } from './endpoints/finder';
import { type TaskValueOf, fetchTaskResult } from './endpoints/task-results';
import { verificationStart } from './endpoints/verifier';
import type { FinderEmail, LinkedInProfile } from './schemas/finder';
import type { TaskPoll, TaskStart } from './schemas/tasks';
import type { Verification } from './schemas/verifier';
import { type PollOptions, waitForTask } from './tasks';
import type { Transport } from './transport-types';
import {
  type FinderRow,
  validateEmail,
  validateFinderRow,
  validateLinkedInProfileUrl,
  validateName,
} from './validate';

/** One started call of a batched operation, as the background persists it. */
export interface StartedBatch<N> {
  readonly kind: BatchKind;
  readonly hash: string;
  /** The normalised inputs of this call (what `resumeBatch` needs to merge the result). */
  readonly inputs: readonly N[];
}

/** Hooks and options of every high-level operation. */
export interface OperationOptions<N> extends Omit<PollOptions, 'now' | 'sleep'> {
  readonly onStarted?: (batch: StartedBatch<N>) => void | Promise<void>;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

interface OperationDef<I, N, O, V> {
  readonly poll: (
    transport: Transport,
    hash: string,
    signal?: AbortSignal,
  ) => Promise<Result<TaskPoll<V>, ApiError>>;
  readonly validate: (input: I, field: string) => Result<N, ApiError>;
  readonly key: (item: N) => string;
  readonly start: (
    transport: Transport,
    items: readonly N[],
    signal?: AbortSignal,
  ) => Promise<Result<TaskStart, ApiError>>;
  readonly merge: (items: readonly N[], value: V) => Result<O, ApiError>[];
}

const lower = (s: string): string => s.trim().toLowerCase();
const signalOf = (signal?: AbortSignal): { signal?: AbortSignal } => (signal ? { signal } : {});
const missing = (what: string): Result<never, ApiError> =>
  err({ kind: 'not-found', message: `No ${what} found.` });

const OPERATIONS = {
  'verify-emails': {
    poll: (t, hash, signal) => fetchTaskResult(t, 'email-verification', hash, signalOf(signal)),
    validate: validateEmail,
    key: lower,
    start: (t, items, signal) => verificationStart(t, items, signalOf(signal)),
    merge: (items, rows) =>
      alignRows(items, rows, lower, (row) => lower(row.email)).map((row) =>
        row ? ok({ ...row.result, email: row.email }) : missing('verdict'),
      ),
  } satisfies OperationDef<
    string,
    string,
    Verification & { email: string },
    TaskValueOf<'email-verification'>
  >,
  'find-emails': {
    poll: (t, hash, signal) => fetchTaskResult(t, 'emails-by-name', hash, signalOf(signal)),
    validate: validateFinderRow,
    key: (r) => lower(`${r.firstName}|${r.lastName}|${r.domain}`),
    start: (t, items, signal) => emailsByNameStart(t, items, signalOf(signal)),
    // `people` is the full name only; rows are matched by name, then by position (REFERENCE.md §7).
    merge: (items, rows) =>
      alignRows(
        items,
        rows,
        (r) => lower(`${r.firstName} ${r.lastName}`),
        (row) => lower(row.people),
      ).map((row) => ok(row?.result ?? [])),
  } satisfies OperationDef<FinderRow, FinderRow, FinderEmail[], TaskValueOf<'emails-by-name'>>,
  'company-domains': {
    poll: (t, hash, signal) => fetchTaskResult(t, 'company-domains', hash, signalOf(signal)),
    validate: validateName,
    key: lower,
    start: (t, items, signal) => companyDomainsStart(t, items, signalOf(signal)),
    merge: (items, rows) =>
      alignRows(items, rows, lower, (row) => lower(row.name)).map((row) =>
        row?.domain ? ok({ domain: row.domain }) : missing('domain'),
      ),
  } satisfies OperationDef<string, string, { domain: string }, TaskValueOf<'company-domains'>>,
  'linkedin-profiles': {
    poll: (t, hash, signal) => fetchTaskResult(t, 'linkedin-profiles', hash, signalOf(signal)),
    validate: validateLinkedInProfileUrl,
    key: lower,
    start: (t, items, signal) => linkedinProfilesStart(t, items, signalOf(signal)),
    merge: (items, rows) => {
      const keyOfRow = (row: { url: string }): string | undefined => {
        const checked = validateLinkedInProfileUrl(row.url);
        return checked.ok ? lower(checked.value) : undefined;
      };
      // `result: []` (unresolved profile) is "not found", not an error of the call.
      return alignRows(items, rows, lower, keyOfRow).map((row) =>
        row?.profile ? ok(row.profile) : missing('LinkedIn profile'),
      );
    },
  } satisfies OperationDef<string, string, LinkedInProfile, TaskValueOf<'linkedin-profiles'>>,
};

/** The batched operations. */
export type BatchKind = keyof typeof OPERATIONS;
type Def<B extends BatchKind> = (typeof OPERATIONS)[B];
/** Input of a batched operation. */
export type InputOf<B extends BatchKind> = Parameters<Def<B>['validate']>[0];
/** Normalised input of a batched operation (what is sent and what `resumeBatch` takes). */
export type NormalisedOf<B extends BatchKind> = Extract<
  ReturnType<Def<B>['validate']>,
  { ok: true }
>['value'];
type ValueOf<B extends BatchKind> = Parameters<Def<B>['merge']>[1];
/** Per-item output of a batched operation. */
export type OutputOf<B extends BatchKind> = Extract<
  ReturnType<Def<B>['merge']>[number],
  { ok: true }
>['value'];

/** Clock and sleep the operations poll with. */
export interface OperationDeps {
  readonly transport: Transport;
  readonly now: () => number;
  readonly sleep: PollOptions['sleep'];
}

function definition<B extends BatchKind>(
  kind: B,
): OperationDef<InputOf<B>, NormalisedOf<B>, OutputOf<B>, ValueOf<B>> {
  // Each entry was checked against OperationDef with its own types by `satisfies` above.
  return OPERATIONS[kind] as unknown as OperationDef<InputOf<B>, NormalisedOf<B>, OutputOf<B>, ValueOf<B>>;
}

async function pollAndMerge<B extends BatchKind>(
  deps: OperationDeps,
  kind: B,
  batch: { hash: string; items: readonly NormalisedOf<B>[] },
  options: PollOptions,
): Promise<Result<Result<OutputOf<B>, ApiError>[], ApiError>> {
  const def = definition(kind);
  const value = await waitForTask(
    batch.hash,
    (signal) => def.poll(deps.transport, batch.hash, signal),
    options,
  );
  return value.ok ? ok(def.merge(batch.items, value.value)) : value;
}

/** Runs a batched operation over any number of inputs; one outcome per input, in input order. */
export function runOperation<B extends BatchKind>(
  deps: OperationDeps,
  kind: B,
  inputs: readonly InputOf<B>[],
  options: OperationOptions<NormalisedOf<B>> = {},
): Promise<ItemOutcome<InputOf<B>, OutputOf<B>>[]> {
  const def = definition(kind);
  const poll: PollOptions = { ...options, now: deps.now, sleep: deps.sleep };
  const plan: BatchPlan<InputOf<B>, NormalisedOf<B>, OutputOf<B>> = {
    size: PER_CALL_LIMIT,
    validate: def.validate,
    key: def.key,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    run: async (items) => {
      const started = await def.start(deps.transport, items, options.signal);
      if (!started.ok) return started;
      await options.onStarted?.({ kind, hash: started.value.taskHash, inputs: items });
      return pollAndMerge(deps, kind, { hash: started.value.taskHash, items }, poll);
    },
  };
  return runBatched(inputs, plan);
}

/** Re-polls one started call by its hash (after `task-timeout`) and merges it; never starts again. */
export async function resumeBatch<B extends BatchKind>(
  deps: OperationDeps,
  batch: StartedBatch<NormalisedOf<B>> & { readonly kind: B },
  options: Omit<PollOptions, 'now' | 'sleep'> = {},
): Promise<Result<ItemOutcome<NormalisedOf<B>, OutputOf<B>>[], ApiError>> {
  const merged = await pollAndMerge(
    deps,
    batch.kind,
    { hash: batch.hash, items: batch.inputs },
    {
      firstDelayMs: 0,
      ...options,
      now: deps.now,
      sleep: deps.sleep,
    },
  );
  if (!merged.ok) return merged;
  return ok(batch.inputs.map((input, i) => ({ input, ...(merged.value[i] ?? err({ kind: 'not-found' })) })));
}
