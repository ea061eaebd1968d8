/** "Verify": e-mail → valid / not valid / unknown (email-verification, 10 addresses per task), cached per address. */
import * as v from 'valibot';
import { validateEmail } from '../../api/validate';
import type { ApiError } from '../../errors';
import { EmailInfoSchema, type EmailInfo } from '../../messaging/protocol/dto';
import { err, ok, type Result } from '../../result';
import type { Cache } from '../cache/store';
import type { Clock } from '../../api/sleep';
import { defineTaskKind, type Outcome, type TaskKind } from '../queue/kinds';
import type { Services } from '../services';
import { toEmailInfo } from './mappers';

const VerifyInputSchema = v.object({ email: v.string() });

/** The cache key of an address: the whole address, lowercased. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The queue kind for verification. */
export function createVerifyKind(cache: Cache, now: Clock): TaskKind {
  return defineTaskKind({
    kind: 'verify',
    batchSize: 10,
    input: VerifyInputSchema,
    start: (api, items, signal) =>
      api.verifyEmails.start(
        items.map((item) => item.input.email),
        signal,
      ),
    result: (api, hash, signal) => api.verifyEmails.result(hash, signal),
    async settle(items, rows) {
      const outcomes = new Map<string, Outcome>();
      const infos = new Map<string, EmailInfo>();
      // Rows come back in any order (REFERENCE.md §8): match them by address.
      const byAddress = new Map(rows.map((row) => [emailKey(row.email), row.result]));
      for (const item of items) {
        const result = byAddress.get(item.key);
        if (!result) continue;
        infos.set(item.key, toEmailInfo(item.input.email, result, now()));
        outcomes.set(item.id, { state: 'done' });
      }
      await cache.setMany('verification', infos);
      return outcomes;
    },
  });
}

/** Checks and de-duplicates addresses; the first bad one refuses the request before any call. */
export function checkEmails(emails: readonly string[], field = 'emails'): Result<string[], ApiError> {
  const seen = new Map<string, string>();
  for (const [index, raw] of emails.entries()) {
    const checked = validateEmail(raw, `${field}[${index}]`);
    if (!checked.ok) return checked;
    if (!seen.has(emailKey(checked.value))) seen.set(emailKey(checked.value), checked.value);
  }
  return ok([...seen.values()]);
}

/** Queues verification of addresses; cached ones are done at once. */
export async function verifyEmails(
  services: Services,
  emails: readonly string[],
): Promise<Result<{ jobId: string; entryIds: string[] }, ApiError>> {
  const checked = checkEmails(emails);
  if (!checked.ok) return checked;
  if (!(await services.api())) return err({ kind: 'not-connected' });
  const checkedAt = services.now();
  const cached = await services.cache.getMany('verification', checked.value.map(emailKey), EmailInfoSchema);
  const items = checked.value.map((email) => ({
    key: emailKey(email),
    input: { email },
    isCached: cached.has(emailKey(email)),
  }));
  const label = items.length === 1 ? 'Verify 1 e-mail' : `Verify ${items.length} e-mails`;
  return ok(await services.queue.enqueue('verify', label, items, checkedAt));
}

/** Cached verifications by address as given (null when not verified or expired). */
export async function getVerifications(
  services: Services,
  emails: readonly string[],
): Promise<Record<string, EmailInfo | null>> {
  const cached = await services.cache.getMany('verification', emails.map(emailKey), EmailInfoSchema);
  return Object.fromEntries(emails.map((email) => [email, cached.get(emailKey(email)) ?? null]));
}
