/**
 * The table of batched operations: how each validates, keys, starts, polls and merges its inputs
 * (REFERENCE.md §7, §8). Adding an operation is one entry here.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import { alignRows } from './batch';
import { companyDomainsStart, emailsByNameStart, linkedinProfilesStart } from './endpoints/finder';
import { type TaskValueOf, fetchTaskResult } from './endpoints/task-results';
import { verificationStart } from './endpoints/verifier';
import type { FinderEmail, LinkedInProfile } from './schemas/finder';
import type { TaskPoll, TaskStart } from './schemas/tasks';
import type { Verification } from './schemas/verifier';
import type { Transport } from './transport-types';
import {
  type FinderRow,
  validateEmail,
  validateFinderRow,
  validateLinkedInProfileUrl,
  validateName,
} from './validate';

/** How one batched operation validates, keys, starts, polls and merges. */
export interface OperationDef<I, N, O, V> {
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
/** The completed task value an operation merges. */
export type ValueOf<B extends BatchKind> = Parameters<Def<B>['merge']>[1];
/** Per-item output of a batched operation. */
export type OutputOf<B extends BatchKind> = Extract<
  ReturnType<Def<B>['merge']>[number],
  { ok: true }
>['value'];

/** The definition of a batched operation, typed for its kind. */
export function definition<B extends BatchKind>(
  kind: B,
): OperationDef<InputOf<B>, NormalisedOf<B>, OutputOf<B>, ValueOf<B>> {
  // Each entry was checked against OperationDef with its own types by `satisfies` above.
  return OPERATIONS[kind] as unknown as OperationDef<InputOf<B>, NormalisedOf<B>, OutputOf<B>, ValueOf<B>>;
}
