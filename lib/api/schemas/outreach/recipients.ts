import * as v from 'valibot';
import { LowercaseSchema } from '../common';
import { EmailInputSchema, PositiveIdSchema } from './input';
import { settle, settleData, SuccessOnlySchema } from './settle';

// Recipients and do-not-email lists (REFERENCE.md §12).

const MAX_EMAILS = 100;

/** `GET /v2/campaigns/{id}/recipient?emails[]=`: 1–100 unique addresses, each ≤ 100 characters. */
export const RecipientStatusInputSchema = v.object({
  campaignId: PositiveIdSchema,
  emails: v.pipe(
    v.array(v.pipe(EmailInputSchema, v.maxLength(100, 'An e-mail address is at most 100 characters'))),
    v.minLength(1, 'Give at least one e-mail address'),
    v.maxLength(MAX_EMAILS, `Check at most ${MAX_EMAILS} e-mail addresses at a time`),
    v.check(
      (list) => new Set(list.map((e) => e.toLowerCase())).size === list.length,
      'E-mail addresses must be unique',
    ),
  ),
});
/** Input of {@link RecipientStatusInputSchema}. */
export type RecipientStatusInput = v.InferInput<typeof RecipientStatusInputSchema>;

/** Statuses change-recipient-status accepts (capitalised, as documented). */
export const RECIPIENT_STATUSES = ['Active', 'Paused', 'Unsubscribed'] as const;

/** `POST /v1/change-recipient-status`. */
export const ChangeRecipientStatusInputSchema = v.object({
  campaignId: PositiveIdSchema,
  email: EmailInputSchema,
  status: v.picklist(RECIPIENT_STATUSES, 'status is Active, Paused or Unsubscribed'),
});
/** Input of {@link ChangeRecipientStatusInputSchema}. */
export type ChangeRecipientStatusInput = v.InferInput<typeof ChangeRecipientStatusInputSchema>;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/iu;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** `POST /v1/do-not-email-list`: e-mails and/or domains. */
export const AddToDoNotEmailListInputSchema = v.object({
  listId: PositiveIdSchema,
  items: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.trim(),
        v.check((s) => EMAIL.test(s) || DOMAIN.test(s), 'Each item is an e-mail address or a domain'),
      ),
    ),
    v.minLength(1, 'Give at least one e-mail address or domain'),
    // Assumption: no batch limit is documented; we cap at 100 like the recipient check, callers batch.
    v.maxLength(MAX_EMAILS, `Add at most ${MAX_EMAILS} items at a time`),
  ),
});
/** Input of {@link AddToDoNotEmailListInputSchema}. */
export type AddToDoNotEmailListInput = v.InferInput<typeof AddToDoNotEmailListInputSchema>;

/** Whether each address is already in the campaign, and its recipient status (lowercase). */
export const RecipientCheckSchema = v.object({
  email: v.string(),
  exist: v.boolean(),
  status: v.nullish(LowercaseSchema, null),
});
/** A recipient check row. */
export type RecipientCheck = v.InferOutput<typeof RecipientCheckSchema>;

/** A recipient who finished the campaign (`GET /v1/prospect-finished`). */
export const FinishedProspectSchema = v.object({
  id: v.string(),
  prospectId: v.string(),
  userName: v.nullish(v.string(), null),
  userEmail: v.string(),
  campaign: v.nullish(v.string(), null),
  hash: v.optional(v.string()),
});
/** A finished prospect. */
export type FinishedProspect = v.InferOutput<typeof FinishedProspectSchema>;

/** A do-not-email list. */
export const DoNotEmailListSchema = v.object({
  id: v.number(),
  name: v.string(),
  owner: v.nullish(v.string(), null),
  total: v.optional(v.number(), 0),
});
/** A do-not-email list. */
export type DoNotEmailList = v.InferOutput<typeof DoNotEmailListSchema>;

function unwrapSingle(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  const items: unknown[] = body;
  return items.length === 1 ? items[0] : body;
}

/** `[ { success, data: { duplicates } } ]`: an array wrapping one object (§2.4); a bare object is accepted too. */
const DuplicatesSchema = v.pipe(
  v.unknown(),
  v.transform(unwrapSingle),
  settleData(v.object({ duplicates: v.optional(v.array(v.string()), []) })),
);

/** Responses, keyed like ROUTES. */
export const recipientResponses = {
  recipientStatus: settleData(v.array(RecipientCheckSchema)),
  changeRecipientStatus: SuccessOnlySchema,
  finishedProspects: settle(v.array(FinishedProspectSchema), (rows) => rows),
  addToDoNotEmailList: DuplicatesSchema,
  doNotEmailLists: settleData(v.array(DoNotEmailListSchema)),
};
