/** Sender accounts (REFERENCE.md §10, v2 JSON). Assumption: free. */
import { notFound, ok, type Reply } from '../core/http';
import {
  InputError,
  isEmail,
  oneOf,
  optInt,
  optObject,
  optStr,
  reqInt,
  reqStr,
  type Input,
} from '../core/params';
import { isoOffset } from '../core/time';
import type { SenderAccount } from '../seed/types';
import { pathId, type HandlerTable, type RouteContext } from './context';

const SMTP_PORTS: Record<number, string[]> = { 465: ['ssl'], 587: ['tls'], 25: ['none'] };
const IMAP_PORTS: Record<number, string[]> = { 993: ['ssl', 'tls'], 143: ['none'] };

function server(
  input: Input,
  key: 'smtp' | 'imap',
): { host: string; port: number; encryption: string } | undefined {
  const value = optObject(input, key);
  if (value === undefined) return undefined;
  // §10: if the smtp/imap object is sent, all three sub-fields are required.
  const host = reqStr(value, 'host');
  const port = reqInt(value, 'port');
  const encryption = reqStr(value, 'encryption');
  const allowed = (key === 'smtp' ? SMTP_PORTS : IMAP_PORTS)[port];
  if (!allowed)
    throw new InputError(
      `The ${key}.port must be one of ${Object.keys(key === 'smtp' ? SMTP_PORTS : IMAP_PORTS).join(', ')}.`,
    );
  if (!allowed.includes(encryption))
    throw new InputError(`The ${key}.encryption must be ${allowed.join(' or ')} for port ${port}.`);
  return { host, port, encryption };
}

function nullableText(input: Input, key: string): string | null | undefined {
  return input[key] === null ? null : optStr(input, key);
}

/** Applies create/patch fields onto an account, validating each. */
function apply(account: SenderAccount, input: Input, now: number): void {
  const name = optStr(input, 'sender_name');
  if (name !== undefined) {
    if (name.length > 100) throw new InputError('The sender_name must not be greater than 100 characters.');
    account.senderName = name;
  }
  const from = optStr(input, 'email_from');
  if (from !== undefined) {
    if (!isEmail(from)) throw new InputError('The email_from must be a valid email address.');
    account.emailFrom = from;
  }
  const smtp = server(input, 'smtp');
  const imap = server(input, 'imap');
  if (smtp) account.smtp = smtp;
  if (imap) account.imap = imap;
  if (smtp ?? imap ?? optStr(input, 'password')) {
    // Sending connection fields re-triggers the async check; a host containing "invalid" fails it.
    account.checkReadyAt = now + 1000;
    account.checkOutcome = /invalid|refused/.test(`${account.smtp.host} ${account.imap?.host ?? ''}`)
      ? 'invalid'
      : 'valid';
  }
  account.limitation = optInt(input, 'limitation', { min: 1, max: 1200 }) ?? account.limitation;
  account.delayType =
    oneOf(optStr(input, 'delay_type'), ['fixed', 'random'], 'delay_type') ?? account.delayType;
  account.delayFixed = optInt(input, 'delay_fixed', { min: 5, max: 3600 }) ?? account.delayFixed;
  account.delayFrom = optInt(input, 'delay_from', { min: 5, max: 3600 }) ?? account.delayFrom;
  account.delayTo = optInt(input, 'delay_to', { min: 5, max: 3600 }) ?? account.delayTo;
  if (account.delayType === 'random' && account.delayTo <= account.delayFrom)
    throw new InputError('The delay_to must be greater than delay_from.');
  const minDelay = account.delayType === 'fixed' ? account.delayFixed : account.delayFrom;
  // Assumption: "can't exceed what the delay allows in 24 h" = limitation ≤ 86400 / shortest delay.
  if (account.limitation > Math.floor(86400 / minDelay))
    throw new InputError('The limitation exceeds what the delay allows in 24 hours.');
  account.timezoneId = optInt(input, 'timezoneId', { min: 1, max: 458 }) ?? account.timezoneId;
  for (const [key, field] of [
    ['reply_to', 'replyTo'],
    ['signature', 'signature'],
    ['bcc_email', 'bccEmail'],
  ] as const) {
    const value = nullableText(input, key);
    if (value !== undefined) account[field] = value;
  }
  if (input['tags'] === null) account.tags = [];
  else if (input['tags'] !== undefined) {
    const tags = input['tags'];
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string'))
      throw new InputError('The tags must be an array of strings.');
    account.tags = tags.map(String);
  }
}

function view(
  account: SenderAccount,
  stamp: { created_at?: string; updated_at?: string },
  now: number,
): Record<string, unknown> {
  const status = now < account.checkReadyAt ? 'pending' : account.checkOutcome;
  return {
    id: account.id,
    sender_name: account.senderName,
    email_from: account.emailFrom,
    smtp: { ...account.smtp, status },
    ...(account.imap ? { imap: { ...account.imap, status } } : {}),
    limitation: account.limitation,
    delay_type: account.delayType,
    ...(account.delayType === 'fixed'
      ? { delay_fixed: account.delayFixed }
      : { delay_from: account.delayFrom, delay_to: account.delayTo }),
    reply_to: account.replyTo,
    bcc_email: account.bccEmail,
    tags: account.tags,
    ...stamp,
  };
}

function create(ctx: RouteContext): Reply {
  for (const key of ['sender_name', 'email_from', 'password']) reqStr(ctx.input, key);
  if (ctx.input['smtp'] === undefined) throw new InputError('The smtp field is required.');
  const account: SenderAccount = {
    id: ctx.rt.nextId(),
    senderName: '',
    emailFrom: '',
    smtp: { host: '', port: 0, encryption: '' },
    imap: null,
    checkOutcome: 'valid',
    checkReadyAt: 0,
    suspended: false,
    limitation: 50,
    delayType: 'random',
    delayFixed: 600,
    delayFrom: 600,
    delayTo: 900,
    replyTo: null,
    signature: null,
    bccEmail: null,
    tags: [],
    provider: 'other',
    timezoneId: null,
    createdAt: isoOffset(ctx.now),
    updatedAt: null,
  };
  apply(account, ctx.input, ctx.now);
  ctx.world.senders.set(account.id, account);
  return ok({ data: view(account, { created_at: account.createdAt }, ctx.now) });
}

function senderOr404(ctx: RouteContext, id: number | null | undefined): SenderAccount {
  const account = id == null ? undefined : ctx.world.senders.get(id);
  if (!account) throw notFound();
  return account;
}

function update(ctx: RouteContext): Reply {
  const account = senderOr404(ctx, pathId(ctx, 'id'));
  if (Object.keys(ctx.input).length === 0) throw new InputError('At least one field is required.');
  const copy = structuredClone(account);
  apply(copy, ctx.input, ctx.now);
  copy.updatedAt = isoOffset(ctx.now);
  ctx.world.senders.set(copy.id, copy);
  return ok({ data: view(copy, { updated_at: copy.updatedAt }, ctx.now) });
}

function list(ctx: RouteContext): Reply {
  return ok({
    data: [...ctx.world.senders.values()].map((account) => {
      const valid = ctx.now >= account.checkReadyAt && account.checkOutcome === 'valid';
      return {
        id: account.id,
        sender_name: account.senderName,
        email_from: account.emailFrom,
        valid,
        suspended: account.suspended,
        limitation: account.limitation,
        provider: account.provider,
        tags: account.tags,
        imap: account.imap ? { username: account.emailFrom, valid } : null,
      };
    }),
  });
}

function checkStatus(ctx: RouteContext): Reply {
  const account = senderOr404(ctx, reqInt(ctx.input, 'sender_account_id', { min: 1 }));
  const status = ctx.now < account.checkReadyAt ? 'pending' : account.checkOutcome;
  const part = status === 'invalid' ? { status, errors: ['Connection refused'] } : { status };
  return ok({ data: { smtp: part, imap: account.imap ? part : null } });
}

export const senderHandlers: HandlerTable = {
  createSenderAccount: create,
  updateSenderAccount: update,
  senderAccounts: list,
  senderStatus: checkStatus,
};
