import * as v from 'valibot';
import { DateStringSchema, lowercasePicklist } from '../common';
import { settleData } from './settle';

// Sender-account responses (REFERENCE.md §10); outputs keep the API's field names.

/** Connection-check status; POST documents pending|connected|error, PATCH/check pending|valid|invalid (§10): all five. */
export const ConnectionStatusSchema = lowercasePicklist([
  'pending',
  'connected',
  'error',
  'valid',
  'invalid',
]);
/** A connection-check status. */
export type ConnectionStatus = v.InferOutput<typeof ConnectionStatusSchema>;

const ServerSchema = v.object({
  host: v.string(),
  port: v.number(),
  encryption: v.string(),
  status: v.optional(ConnectionStatusSchema),
});

/** A sender account as returned by create / update. */
export const SenderAccountSchema = v.object({
  id: v.number(),
  sender_name: v.string(),
  email_from: v.string(),
  smtp: ServerSchema,
  imap: v.nullish(ServerSchema),
  limitation: v.optional(v.number()),
  delay_type: v.optional(v.string()),
  delay_fixed: v.optional(v.number()),
  delay_from: v.optional(v.number()),
  delay_to: v.optional(v.number()),
  reply_to: v.nullish(v.string()),
  bcc_email: v.nullish(v.string()),
  signature: v.nullish(v.string()),
  tags: v.optional(v.array(v.string()), []),
  created_at: v.optional(DateStringSchema),
  updated_at: v.optional(DateStringSchema),
});
/** A sender account (create / update response). */
export type SenderAccount = v.InferOutput<typeof SenderAccountSchema>;

/** One row of `GET /v2/sender-accounts/emails`. */
export const SenderAccountSummarySchema = v.object({
  id: v.number(),
  sender_name: v.string(),
  email_from: v.string(),
  valid: v.boolean(),
  suspended: v.optional(v.boolean(), false),
  limitation: v.optional(v.number()),
  provider: v.nullish(v.string()),
  tags: v.optional(v.array(v.string()), []),
  imap: v.nullish(v.object({ username: v.nullish(v.string()), valid: v.boolean() })),
});
/** A sender account list row. */
export type SenderAccountSummary = v.InferOutput<typeof SenderAccountSummarySchema>;

const CheckSchema = v.object({ status: ConnectionStatusSchema, errors: v.optional(v.array(v.string()), []) });
/** `GET /v2/sender-accounts/check-sender-status` data; `imap` null when not configured. */
export const SenderStatusSchema = v.object({ smtp: CheckSchema, imap: v.nullish(CheckSchema, null) });
/** A sender's connection check. */
export type SenderStatus = v.InferOutput<typeof SenderStatusSchema>;

/** Responses, keyed like ROUTES. */
export const senderAccountResponses = {
  createSenderAccount: settleData(SenderAccountSchema),
  updateSenderAccount: settleData(SenderAccountSchema),
  senderAccounts: settleData(v.array(SenderAccountSummarySchema)),
  senderStatus: settleData(SenderStatusSchema),
};
