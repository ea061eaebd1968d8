/** Email verifier (REFERENCE.md §8): v2 async, hash in `?task_hash=`, 1 credit per e-mail. */
import type { Reply } from '../core/http';
import { hex32 } from '../core/prng';
import { isEmail, optStr, reqList } from '../core/params';
import { DISPOSABLE_DOMAINS, UNKNOWN_REASONS, WEBMAIL_DOMAINS } from '../seed/tables';
import type { World } from '../seed/types';
import type { HandlerTable, RouteContext } from './context';
import { pollByQuery } from './finder';
import { checkWebhookUrl, findCompany, findPersonByEmail } from './lookup';

/** Deterministic verdict for any address: seeded people keep their status, others follow the rules below. */
export function verify(world: World, email: string): Record<string, unknown> {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  const flags = {
    is_webmail: (WEBMAIL_DOMAINS as readonly string[]).includes(domain),
    is_gibberish: /[bcdfghjklmnpqrstvwxz]{6,}/.test(local),
    is_disposable: (DISPOSABLE_DOMAINS as readonly string[]).includes(domain),
    is_valid_format: isEmail(email),
  };
  if (!flags.is_valid_format) return { ...flags, smtp_status: 'not_valid' };
  const person = findPersonByEmail(world, email);
  if (person)
    return {
      ...flags,
      smtp_status: person.smtpStatus,
      ...(person.unknownReason ? { unknown_status_reason: person.unknownReason } : {}),
    };
  const company = findCompany(world, domain);
  if (
    company?.genericEmails.includes(email.toLowerCase()) === true ||
    flags.is_webmail ||
    flags.is_disposable
  )
    return { ...flags, smtp_status: 'valid' };
  if (flags.is_gibberish) return { ...flags, smtp_status: 'not_valid' };
  // Unknown addresses: a stable draw from the address itself.
  const draw = parseInt(hex32(email.toLowerCase()).slice(0, 4), 16) % 10;
  if (draw < 4) return { ...flags, smtp_status: 'valid' };
  if (draw < 6) return { ...flags, smtp_status: 'not_valid' };
  return { ...flags, smtp_status: 'unknown', unknown_status_reason: UNKNOWN_REASONS[draw - 6] ?? 'catchall' };
}

function verificationStart(ctx: RouteContext): Reply {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  const emails = reqList(ctx.input, 'emails', 10);
  const unique = [...new Set(emails)];
  // Assumption (§2.6, KB over AE): 1 credit per e-mail whatever the result; a repeated address in one call counts once.
  const credits = ctx.rt.charge(null, unique.length);
  // §8: result order ≠ input order: the sandbox answers sorted by address.
  const data = [...unique].sort().map((email) => ({ email, result: verify(ctx.world, email) }));
  const hash = ctx.rt.startTask('emailVerificationResult', (task_hash) => ({
    pending: { status: 'in_progress', data: [], meta: { emails, task_hash } },
    done: { status: 'completed', data, meta: { emails, task_hash } },
  }));
  return { status: 200, body: { data: { task_hash: hash }, meta: { emails } }, credits, task: 'start' };
}

export const verifierHandlers: HandlerTable = {
  emailVerificationStart: verificationStart,
  emailVerificationResult: pollByQuery('emailVerificationResult'),
};
