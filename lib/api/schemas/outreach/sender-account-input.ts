import * as v from 'valibot';
import { EmailInputSchema, notEmpty, PositiveIdSchema } from './input';

// Sender-account inputs (REFERENCE.md §10), mirroring the documented JSON body.

const msg = (port: number, enc: string): string => `Port ${port} needs ${enc} encryption`;

/** SMTP settings: the port decides the encryption (465→ssl, 587→tls, 25→none). */
export const SmtpInputSchema = v.variant(
  'port',
  [
    v.object({
      host: v.pipe(v.string(), v.nonEmpty('Give the SMTP host')),
      port: v.literal(465),
      encryption: v.literal('ssl', msg(465, 'ssl')),
    }),
    v.object({
      host: v.pipe(v.string(), v.nonEmpty('Give the SMTP host')),
      port: v.literal(587),
      encryption: v.literal('tls', msg(587, 'tls')),
    }),
    v.object({
      host: v.pipe(v.string(), v.nonEmpty('Give the SMTP host')),
      port: v.literal(25),
      encryption: v.literal('none', msg(25, 'none')),
    }),
  ],
  'SMTP port must be 25, 465 or 587',
);

/** IMAP settings: 993→ssl or tls, 143→none. */
export const ImapInputSchema = v.variant(
  'port',
  [
    v.object({
      host: v.pipe(v.string(), v.nonEmpty('Give the IMAP host')),
      port: v.literal(993),
      encryption: v.picklist(['ssl', 'tls'], 'Port 993 needs ssl or tls encryption'),
    }),
    v.object({
      host: v.pipe(v.string(), v.nonEmpty('Give the IMAP host')),
      port: v.literal(143),
      encryption: v.literal('none', msg(143, 'none')),
    }),
  ],
  'IMAP port must be 143 or 993',
);

const Delay = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(5, 'Delay is at least 5 s'),
  v.maxValue(3600, 'Delay is at most 3600 s'),
);
const delaysOrdered = (input: { delay_from?: number | undefined; delay_to?: number | undefined }): boolean =>
  input.delay_from === undefined || input.delay_to === undefined || input.delay_to > input.delay_from;
const DELAY_ORDER = 'delay_to must be greater than delay_from';

const senderFields = {
  sender_name: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('Give a sender name'),
    v.maxLength(100, 'Sender name is at most 100 characters'),
  ),
  email_from: EmailInputSchema,
  password: v.pipe(v.string(), v.nonEmpty('Give the password or app password')),
  smtp: SmtpInputSchema,
  imap: v.optional(ImapInputSchema),
  reply_to: v.optional(EmailInputSchema),
  limitation: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'Daily limit is 1–1200'),
      v.maxValue(1200, 'Daily limit is 1–1200'),
    ),
  ),
  delay_type: v.optional(v.picklist(['fixed', 'random'], 'delay_type is fixed or random')),
  delay_fixed: v.optional(Delay),
  delay_from: v.optional(Delay),
  delay_to: v.optional(Delay),
  signature: v.optional(v.string()),
  bcc_email: v.optional(EmailInputSchema),
  tags: v.optional(v.array(v.pipe(v.string(), v.nonEmpty('Tags cannot be empty')))),
  timezoneId: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'timezoneId is 1–458'),
      v.maxValue(458, 'timezoneId is 1–458'),
    ),
  ),
};

/** Body of `POST /v2/sender-accounts/emails`. */
export const CreateSenderAccountInputSchema = v.pipe(
  v.object(senderFields),
  v.forward(v.partialCheck([['delay_from'], ['delay_to']], delaysOrdered, DELAY_ORDER), ['delay_to']),
);
/** Input of {@link CreateSenderAccountInputSchema}. */
export type CreateSenderAccountInput = v.InferInput<typeof CreateSenderAccountInputSchema>;

/** `PATCH /v2/sender-accounts/emails/{id}`: any subset; `null` clears reply_to, signature, bcc_email, tags. */
export const UpdateSenderAccountInputSchema = v.object({
  id: PositiveIdSchema,
  changes: v.pipe(
    v.object({
      ...v.partial(v.object(senderFields)).entries,
      reply_to: v.nullish(EmailInputSchema),
      signature: v.nullish(v.string()),
      bcc_email: v.nullish(EmailInputSchema),
      tags: v.nullish(v.array(v.string())),
    }),
    notEmpty(),
    v.forward(v.partialCheck([['delay_from'], ['delay_to']], delaysOrdered, DELAY_ORDER), ['delay_to']),
  ),
});
/** Input of {@link UpdateSenderAccountInputSchema}. */
export type UpdateSenderAccountInput = v.InferInput<typeof UpdateSenderAccountInputSchema>;

/** `GET /v2/sender-accounts/check-sender-status` query. */
export const SenderStatusInputSchema = v.object({ sender_account_id: PositiveIdSchema });
/** Input of {@link SenderStatusInputSchema}. */
export type SenderStatusInput = v.InferInput<typeof SenderStatusInputSchema>;
