/** Schema for e-mail verification results (REFERENCE.md §8). */
import * as v from 'valibot';
import { LowercaseSchema, listOf } from './common';
import { taskResultSchema } from './tasks';

const Flag = v.nullish(v.boolean());

const VerificationSchema = v.object({
  /** `valid` | `not_valid` | `unknown` (unverifiable). */
  smtp_status: v.optional(LowercaseSchema, 'unknown'),
  is_valid_format: Flag,
  is_disposable: Flag,
  is_webmail: Flag,
  is_gibberish: Flag,
  /** Only when unknown: banned, catchall, connection_error, greylist, hidden_by_owner. */
  unknown_status_reason: v.nullish(LowercaseSchema),
});
/** The verdict for one e-mail. */
export type Verification = v.InferOutput<typeof VerificationSchema>;

/** `GET /v2/email-verification/result`; rows come back in any order — key them by e-mail. */
export const VerificationResultSchema = taskResultSchema(
  v.pipe(
    v.object({ data: listOf(v.object({ email: v.string(), result: VerificationSchema })) }),
    v.transform(({ data }) => data),
  ),
);
/** Verified rows, in the server's order. */
export type VerificationRows = Extract<
  v.InferOutput<typeof VerificationResultSchema>,
  { done: true }
>['value'];
