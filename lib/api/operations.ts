/**
 * High-level operations the background calls: batched (10 per call), run as async tasks, merged
 * back in input order, one {@link ItemOutcome} per input. `onStarted` hands over each call's task
 * hash and inputs so the background's persisted queue can store them; after a `task-timeout` it calls
 * `resumeBatch(kind, hash, inputs)` instead of starting (and paying) again.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import { type BatchPlan, type ItemOutcome, runBatched } from './batch';
import { PER_CALL_LIMIT } from './endpoints/call';
import { type BatchKind, type InputOf, type NormalisedOf, type OutputOf, definition } from './operation-defs';
import { type PollOptions, waitForTask } from './tasks';
import type { Transport } from './transport-types';

/** One started call of a batched operation, as the background persists it. */
export interface StartedBatch<N> {
  readonly kind: BatchKind;
  readonly hash: string;
  /** The normalised inputs of this call (what `resumeBatch` needs to merge the result). */
  readonly inputs: readonly N[];
}

export type { BatchKind, InputOf, NormalisedOf, OutputOf } from './operation-defs';

/** Hooks and options of every high-level operation. */
export interface OperationOptions<N> extends Omit<PollOptions, 'now' | 'sleep'> {
  readonly onStarted?: (batch: StartedBatch<N>) => void | Promise<void>;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/** Clock and sleep the operations poll with. */
export interface OperationDeps {
  readonly transport: Transport;
  readonly now: () => number;
  readonly sleep: PollOptions['sleep'];
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
