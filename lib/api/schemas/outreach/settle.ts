import * as v from 'valibot';
import type { ApiError } from '../../../errors';
import { err, ok } from '../../../result';
import type { Result } from '../../../result';

/** The `refused` variant of {@link ApiError}. */
export type Refused = Extract<ApiError, { kind: 'refused' }>;
/** What every outreach response schema yields: the normalised value, or the server's refusal. */
export type Settled<T> = Result<T, Refused>;
/** A response schema whose output is {@link Settled}. */
export type ResponseSchema<T> = v.GenericSchema<unknown, Settled<T>>;

const FALLBACK = 'The server refused the request.';

/** Pulls readable text out of `errors` (array | object | string), `message` or `error` (REFERENCE.md §2.5). */
export function refusalMessage(body: {
  readonly errors?: unknown;
  readonly message?: unknown;
  readonly error?: unknown;
}): string {
  const texts = [body.errors, body.message, body.error].flatMap(textsOf);
  return texts.length > 0 ? texts.join('; ') : FALLBACK;
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === 'object' && value !== null) {
    const record = new Map(Object.entries(value));
    const direct = [record.get('message'), record.get('title')].flatMap(textsOf);
    return direct.length > 0 ? direct : [...record.values()].flatMap(textsOf);
  }
  return [];
}

/** `{ success: false, errors: [...] }` (§2.5): a refusal, whatever the endpoint. */
export const RefusalSchema = v.pipe(
  v.looseObject({
    success: v.literal(false),
    errors: v.optional(v.unknown()),
    message: v.optional(v.unknown()),
    error: v.optional(v.unknown()),
  }),
  v.transform((body): Settled<never> => err({ kind: 'refused', message: refusalMessage(body) })),
);

/**
 * Wraps a success-body schema so a `success:false` body becomes a `refused` value instead of a
 * schema failure, and the success body is narrowed by `pick` (e.g. to its `data`). Not a
 * `v.union`: a union would hide the inner issue's path behind one root-level issue.
 */
export function settle<S extends v.GenericSchema, T>(
  schema: S,
  pick: (body: v.InferOutput<S>) => T,
): ResponseSchema<T> {
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }): Settled<T> => {
      const refusal = v.safeParse(RefusalSchema, dataset.value);
      if (refusal.success) return refusal.output;
      const parsed = v.safeParse(schema, dataset.value);
      if (parsed.success) return ok(pick(parsed.output));
      for (const issue of parsed.issues) {
        addIssue({
          message: issue.message,
          input: issue.input,
          expected: issue.expected ?? undefined,
          received: issue.received,
          path: issue.path,
        });
      }
      return NEVER;
    }),
  );
}

/** {@link settle} for bodies shaped `{ data: ... }` (with or without `success: true`). */
export function settleData<S extends v.GenericSchema>(data: S): ResponseSchema<v.InferOutput<S>> {
  return settle(v.object({ success: v.optional(v.literal(true)), data }), (body) => body.data);
}

/** `{ success: true }` with nothing else worth keeping (campaign action/delete, recipient status). */
export const SuccessOnlySchema: ResponseSchema<true> = settle(
  v.object({ success: v.literal(true) }),
  () => true as const,
);

/** `{ data: { success: true } }` (content and webhook delete). */
export const NestedSuccessSchema: ResponseSchema<true> = settle(
  v.object({ data: v.object({ success: v.literal(true) }) }),
  () => true as const,
);
