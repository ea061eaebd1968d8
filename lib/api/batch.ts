/**
 * Inputs longer than the per-call limit (10 e-mails, names, URLs or rows) are validated one by one,
 * de-duplicated, split into calls, run in order and merged back **in input order**. One bad input
 * fails only itself (`invalid-input`, never sent); a failed call fails only its own inputs, unless the
 * failure would repeat for every later call (credentials, credits, offline, cancel) — then the rest
 * are not sent.
 */
import type { ApiError } from '../errors';
import { err, type Result } from '../result';

/** The outcome for one input, in input order. */
export type ItemOutcome<I, O> = { readonly input: I } & Result<O, ApiError>;

/** Splits `items` into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Errors after which the remaining calls are not sent: they would fail the same way. */
export function stopsTheBatch(error: ApiError): boolean {
  return [
    'auth-invalid',
    'auth-expired',
    'not-connected',
    'out-of-credits',
    'offline',
    'aborted',
    'rate-limited',
  ].includes(error.kind);
}

/** How one batched operation validates, keys and runs its inputs. */
export interface BatchPlan<I, N, O> {
  readonly size: number;
  /** Normalises one input (failure → `invalid-input` for that input only). */
  readonly validate: (input: I, field: string) => Result<N, ApiError>;
  /** Identity used to de-duplicate inputs (e-mails compare case-insensitively). */
  readonly key: (normalised: N) => string;
  /** Runs one chunk; returns one result per chunk entry, aligned with the chunk. */
  readonly run: (chunk: readonly N[], index: number) => Promise<Result<Result<O, ApiError>[], ApiError>>;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/** Runs a batched operation and returns one outcome per input, in input order. */
export async function runBatched<I, N, O>(
  inputs: readonly I[],
  plan: BatchPlan<I, N, O>,
): Promise<ItemOutcome<I, O>[]> {
  const byKey = new Map<string, Result<O, ApiError>>();
  const unique = new Map<string, N>();
  const keys = inputs.map((input, i): Result<string, ApiError> => {
    const checked = plan.validate(input, `[${i}]`);
    if (!checked.ok) return checked;
    const key = plan.key(checked.value);
    if (!unique.has(key)) unique.set(key, checked.value);
    return { ok: true, value: key };
  });
  const chunks = chunk([...unique.entries()], plan.size);
  let stop: ApiError | undefined;
  let done = 0;
  for (const [index, entries] of chunks.entries()) {
    const results = stop
      ? err(stop)
      : await plan.run(
          entries.map(([, value]) => value),
          index,
        );
    if (!results.ok && stopsTheBatch(results.error)) stop ??= results.error;
    for (const [i, [key]] of entries.entries()) {
      byKey.set(key, results.ok ? (results.value[i] ?? err({ kind: 'not-found' })) : results);
    }
    done += entries.length;
    plan.onProgress?.({ done, total: unique.size });
  }
  return inputs.map((input, i) => {
    const key = keys[i];
    const outcome = key?.ok
      ? (byKey.get(key.value) ?? err({ kind: 'not-found' }))
      : (key ?? err({ kind: 'not-found' }));
    return { input, ...outcome };
  });
}

/**
 * Aligns result rows with a chunk: first by key (the server may reorder rows, REFERENCE.md §8),
 * then by position for items whose key matched no row (if that row was not claimed by another).
 */
export function alignRows<N, R>(
  chunkItems: readonly N[],
  rows: readonly R[],
  keyOfItem: (item: N) => string,
  keyOfRow: (row: R) => string | undefined,
): (R | undefined)[] {
  const byKey = new Map<string, R>();
  for (const row of rows) {
    const key = keyOfRow(row);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, row);
  }
  const used = new Set<R>();
  const matched = chunkItems.map((item) => byKey.get(keyOfItem(item)));
  for (const row of matched) if (row !== undefined) used.add(row);
  return matched.map((row, i) => {
    if (row !== undefined) return row;
    const positional = rows[i];
    return positional !== undefined && !used.has(positional) && keyOfRow(positional) === undefined
      ? positional
      : undefined;
  });
}
