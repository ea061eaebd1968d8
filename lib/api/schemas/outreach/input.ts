import * as v from 'valibot';

// Building blocks for validating outreach inputs before any request (STYLE.md §4.7 `invalid-input`).

/** A positive integer id (campaign, account, warm-up, webhook, list, pipeline). */
export const PositiveIdSchema = v.pipe(
  v.number('Expected a number'),
  v.integer('Expected a whole number'),
  v.minValue(1, 'Expected an id ≥ 1'),
);

/** A step or content id: the API sends numeric `_ref` strings and large integers; both accepted. */
export const OpaqueIdSchema = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(0)),
    v.pipe(v.string(), v.regex(/^\d+$/u, 'Expected a numeric id')),
  ],
  'Expected a numeric id',
);

/** A calendar date `YYYY-MM-DD`. */
export const DateInputSchema = v.pipe(
  v.string('Expected a date'),
  v.isoDate('Expected a date as YYYY-MM-DD'),
);

/** A date-time `YYYY-MM-DD HH:MM:SS` (campaign auto start / stop, §12). */
export const DateTimeInputSchema = v.pipe(
  v.string('Expected a date-time'),
  v.regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/u, 'Expected a date-time as YYYY-MM-DD HH:MM:SS'),
);

/** An e-mail address. */
export const EmailInputSchema = v.pipe(
  v.string('Expected an e-mail address'),
  v.trim(),
  v.email('Expected a valid e-mail address'),
);

/** An optional offset for paged activity reads. */
export const OffsetSchema = v.optional(
  v.pipe(v.number(), v.integer(), v.minValue(0, 'Offset cannot be negative')),
);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A check that a patch object carries at least one field. */
export function notEmpty<T extends object>(): v.CheckAction<T, string> {
  return v.check(
    (input) => Object.values(input).some((value) => value !== undefined),
    'Give at least one field to change',
  );
}
