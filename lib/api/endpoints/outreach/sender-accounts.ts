import { ROUTES } from '../../paths';
import { senderAccountResponses as R } from '../../schemas/outreach/sender-accounts';
import {
  CreateSenderAccountInputSchema,
  SenderStatusInputSchema,
  UpdateSenderAccountInputSchema,
} from '../../schemas/outreach/sender-account-input';
import { endpoint, endpoint0 } from './define';

// Sender accounts (REFERENCE.md §10): v2, JSON bodies.

/** Connects an SMTP/IMAP sender; the connection check runs afterwards (poll {@link senderStatus}). */
export const createSenderAccount = endpoint(CreateSenderAccountInputSchema, (body) => ({
  route: ROUTES.createSenderAccount,
  json: body,
  schema: R.createSenderAccount,
}));

/** Changes some fields of a sender; `null` clears reply_to, signature, bcc_email, tags. */
export const updateSenderAccount = endpoint(UpdateSenderAccountInputSchema, ({ id, changes }) => ({
  route: ROUTES.updateSenderAccount,
  pathParams: { id },
  json: changes,
  schema: R.updateSenderAccount,
}));

/** Lists the user's sender accounts (no pagination). */
export const senderAccounts = endpoint0({ route: ROUTES.senderAccounts, schema: R.senderAccounts });

/** Reads a sender's SMTP/IMAP connection check; poll until not `pending`. */
export const senderStatus = endpoint(SenderStatusInputSchema, (query) => ({
  route: ROUTES.senderStatus,
  query,
  schema: R.senderStatus,
}));
