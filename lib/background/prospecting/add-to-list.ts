/**
 * "Add to list" (and "Add to campaign": a campaign sends to its list, `list_id` from
 * get-user-campaigns). One add-prospect-to-list call per prospect, through the queue (two when the
 * account already holds the person in another list). A prospect already in the list is skipped: known from what we saved (membership cache) or, when its e-mail
 * is known, from get-prospects-by-email.
 */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Membership, ProspectInput } from '../../messaging/protocol/prospecting';
import { ProspectInputSchema } from '../../messaging/protocol/prospecting';
import { err, ok, type Result } from '../../result';
import type { AddProspectRequest } from '../api-port';
import type { Cache } from '../cache/store';
import { defineCallKind, type CallKind } from '../queue/kinds';
import { entryId } from '../queue/state';
import type { Services } from '../services';
import { compact } from './mappers';

const AddInputSchema = v.object({ listId: v.number(), prospect: ProspectInputSchema });
const InListSchema = v.literal('in-list');

/** The membership cache key of a prospect in a list. */
export function membershipKey(listId: number, prospectKey: string): string {
  return `${listId}:${prospectKey}`;
}

/** add-prospect-to-list's fields for a prospect (custom fields and social links when known). */
export function toAddRequest(listId: number, prospect: ProspectInput): AddProspectRequest {
  return compact({
    listId,
    email: prospect.email,
    fullName: prospect.name,
    firstName: prospect.firstName,
    lastName: prospect.lastName,
    position: prospect.position,
    companyName: prospect.company,
    companySite: prospect.companyDomain === undefined ? undefined : `https://${prospect.companyDomain}`,
    country: prospect.country,
    locality: prospect.locality,
    phones: prospect.phones,
    socialLinks: prospect.linkedinUrl === undefined ? undefined : { linkedIn: prospect.linkedinUrl },
    customFields: prospect.customFields,
  });
}

/** The queue kind for saving prospects to lists. */
export function createAddToListKind(cache: Cache): CallKind {
  return defineCallKind({
    kind: 'add-to-list',
    input: AddInputSchema,
    async call(api, item) {
      const { listId, prospect } = item.input;
      if (await cache.get('membership', item.key, InListSchema)) return ok({ state: 'skipped' });
      if (prospect.email !== undefined) {
        const lists = await api.listsOfEmail(prospect.email);
        if (!lists.ok && (lists.error.kind === 'offline' || lists.error.kind === 'rate-limited'))
          return lists;
        if (lists.ok && lists.value.includes(listId)) {
          await cache.set('membership', item.key, 'in-list');
          return ok({ state: 'skipped' });
        }
      }
      const request = toAddRequest(listId, prospect);
      const added = await api.addProspectToList(request);
      if (!added.ok) return added;
      // The account already had this person (saved to another list): the API leaves an existing
      // prospect alone, out of this list, unless asked to update it (REFERENCE.md §9; the sandbox
      // assumes `added: false, updated: false`). The user asked for it in this list, so ask again.
      if (!added.value.isAdded && !added.value.isUpdated) {
        const updated = await api.addProspectToList({ ...request, updateContact: true });
        if (!updated.ok) return updated;
      }
      await cache.set('membership', item.key, 'in-list');
      return ok({ state: 'done' });
    },
  });
}

/** Queues saving prospects to a list; those we know are already in it are skipped. */
export async function addToList(
  services: Services,
  listId: number,
  prospects: readonly ProspectInput[],
): Promise<Result<{ jobId: string; skipped: string[] }, ApiError>> {
  if (!(await services.api())) return err({ kind: 'not-connected' });
  const checkedAt = services.now();
  const keys = prospects.map((prospect) => membershipKey(listId, prospect.key));
  const inList = await services.cache.getMany('membership', keys, InListSchema);
  const items = prospects.map((prospect, index) => ({
    key: keys[index] ?? '',
    input: { listId, prospect },
    isCached: inList.has(keys[index] ?? ''),
  }));
  const skipped = prospects
    .filter((_, index) => inList.has(keys[index] ?? ''))
    .map((prospect) => prospect.key);
  const label =
    prospects.length === 1 ? 'Save 1 prospect to a list' : `Save ${prospects.length} prospects to a list`;
  const job = await services.queue.enqueue('add-to-list', label, items, checkedAt);
  return ok({ jobId: job.jobId, skipped });
}

/** Whether each prospect key is in the list, being saved, failed, or not in it (as far as we know). */
export async function getMembership(
  services: Services,
  listId: number,
  keys: readonly string[],
): Promise<Record<string, Membership>> {
  const inList = await services.cache.getMany(
    'membership',
    keys.map((key) => membershipKey(listId, key)),
    InListSchema,
  );
  const state = await services.queue.read();
  // Built with fromEntries: keys come from the message, and `out[key] =` would mishandle `__proto__`.
  return Object.fromEntries(
    keys.map((key): [string, Membership] => {
      const entry = state.entries[entryId('add-to-list', membershipKey(listId, key))];
      if (inList.has(membershipKey(listId, key))) return [key, 'in-list'];
      if (entry?.state === 'queued' || entry?.state === 'active') return [key, 'saving'];
      return [key, entry?.state === 'failed' ? 'failed' : 'not-in-list'];
    }),
  );
}
