/** Schema for `GET /v1/get-balance` (REFERENCE.md §16). */
import * as v from 'valibot';
import { NumberishSchema } from './common';

/** Balance: `balance` arrives as a string (`"25000.00"`); `limit_resets_in`/`expires_in` are days. */
export const BalanceSchema = v.pipe(
  v.object({
    data: v.object({
      balance: NumberishSchema,
      teamwork: v.optional(v.boolean(), false),
      unique_recipients_used: v.optional(NumberishSchema, 0),
      limit_resets_in: v.nullish(NumberishSchema),
      expires_in: v.nullish(NumberishSchema),
    }),
  }),
  v.transform(({ data }) => ({
    credits: data.balance,
    isTeamwork: data.teamwork,
    uniqueRecipientsUsed: data.unique_recipients_used,
    limitResetsInDays: data.limit_resets_in ?? undefined,
    expiresInDays: data.expires_in ?? undefined,
  })),
);
/** Account balance. */
export type Balance = v.InferOutput<typeof BalanceSchema>;
