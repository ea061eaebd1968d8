/**
 * "Find e-mail": first name, last name and company domain → e-mails with their status
 * (emails-by-domain-by-name, 10 rows per task). Queued like every paid action, cached by the
 * normalised name and domain; the message answers when the queue settles the entry.
 */
import * as v from 'valibot';
import { validateDomain, validateName } from '../../api/validate';
import type { ApiError } from '../../errors';
import { ProspectSchema, type Prospect } from '../../messaging/protocol/dto';
import { err, ok, type Result } from '../../result';
import type { Cache } from '../cache/store';
import { defineTaskKind, type Outcome, type TaskKind } from '../queue/kinds';
import type { Services } from '../services';
import { blockedError } from '../queue/blocked';
import { compact, finderEmailInfo } from './mappers';

const FindInputSchema = v.object({ firstName: v.string(), lastName: v.string(), domain: v.string() });
type FindInput = v.InferOutput<typeof FindInputSchema>;

/** The cache key of a finder query. */
export function finderKey(input: FindInput): string {
  return [input.firstName, input.lastName, input.domain].map((part) => part.trim().toLowerCase()).join('|');
}

function emptyProspect(input: FindInput): Prospect {
  return {
    key: `find:${finderKey(input)}`,
    name: `${input.firstName} ${input.lastName}`.slice(0, 200),
    firstName: input.firstName,
    lastName: input.lastName,
    companyDomain: input.domain,
    emails: [],
  };
}

/** The queue kind for the finder. */
export function createFindKind(cache: Cache): TaskKind {
  return defineTaskKind({
    kind: 'find-email',
    batchSize: 10,
    input: FindInputSchema,
    start: (api, items, signal) =>
      api.emailsByName.start(
        items.map((item) => item.input),
        signal,
      ),
    result: (api, hash, signal) => api.emailsByName.result(hash, signal),
    async settle(items, rows) {
      const outcomes = new Map<string, Outcome>();
      const found = new Map<string, Prospect>();
      // Rows match the input by index (REFERENCE.md §7: `people` is the full name only).
      for (const [index, item] of items.entries()) {
        const row = rows[index];
        if (!row) continue;
        const prospect = compact({ ...emptyProspect(item.input), emails: row.result.map(finderEmailInfo) });
        found.set(item.key, prospect);
        outcomes.set(item.id, { state: prospect.emails.length > 0 ? 'done' : 'not-found' });
      }
      await cache.setMany('finder', found);
      return outcomes;
    },
  });
}

function check(input: FindInput): Result<FindInput, ApiError> {
  const firstName = validateName(input.firstName, 'firstName');
  if (!firstName.ok) return firstName;
  const lastName = validateName(input.lastName, 'lastName');
  if (!lastName.ok) return lastName;
  const domain = validateDomain(input.domain);
  if (!domain.ok) return domain;
  return ok({ firstName: firstName.value, lastName: lastName.value, domain: domain.value });
}

/** Finds a person's e-mail; answers from the cache, else queues the search and waits for it. */
export async function findEmail(services: Services, raw: FindInput): Promise<Result<Prospect, ApiError>> {
  const input = check(raw);
  if (!input.ok) return input;
  const key = finderKey(input.value);
  const hit = await services.cache.get('finder', key, ProspectSchema);
  if (hit) return ok(hit);
  if (!(await services.api())) return err({ kind: 'not-connected' });
  const checkedAt = services.now();
  const label = `Find the e-mail of ${input.value.firstName} ${input.value.lastName}`;
  const job = await services.queue.enqueue(
    'find-email',
    label,
    [{ key, input: input.value, isCached: false }],
    checkedAt,
  );
  const settled = await services.queue.whenSettled(job.entryIds, { orBlocked: true });
  // Paused: say why now; the search stays queued and its answer lands in the cache.
  if ('blocked' in settled) return err(blockedError(settled.blocked, services.now()));
  const [entry] = settled.entries;
  if (entry?.state === 'failed') return err(entry.error ?? { kind: 'server', status: 0 });
  const found = await services.cache.get('finder', key, ProspectSchema);
  return ok(found ?? emptyProspect(input.value));
}
