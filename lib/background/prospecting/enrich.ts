/**
 * "Enrich": LinkedIn profile URL → profile and positions (li-profiles-by-urls, 10 URLs per task).
 * Results are cached by the canonical LinkedIn key, so a repeat costs no request; the work goes
 * through the persisted queue.
 */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import { parseLinkedInUrl } from '../../detect/linkedin/urls';
import { ProspectSchema } from '../../messaging/protocol/dto';
import type { ProfileEntry } from '../../messaging/protocol/prospecting';
import { err, ok, type Result } from '../../result';
import type { Cache } from '../cache/store';
import { defineTaskKind, type Outcome, type TaskKind } from '../queue/kinds';
import { entryId } from '../queue/state';
import type { Services } from '../services';
import { profileToProspect } from './mappers';

const EnrichInputSchema = v.object({ apiUrl: v.string(), canonicalUrl: v.string() });

/** A cached enrichment: the prospect, or a remembered "not found" (also free to repeat). */
export const ProfileRecordSchema = v.variant('status', [
  v.object({ status: v.literal('done'), prospect: ProspectSchema }),
  v.object({ status: v.literal('not-found') }),
]);

/** The queue kind for enrichment. */
export function createEnrichKind(cache: Cache): TaskKind {
  return defineTaskKind({
    kind: 'enrich',
    batchSize: 10,
    input: EnrichInputSchema,
    start: (api, items, signal) =>
      api.linkedinProfiles.start(
        items.map((item) => item.input.apiUrl),
        signal,
      ),
    result: (api, hash, signal) => api.linkedinProfiles.result(hash, signal),
    async settle(items, rows) {
      const outcomes = new Map<string, Outcome>();
      const records = new Map<string, v.InferOutput<typeof ProfileRecordSchema>>();
      for (const [index, item] of items.entries()) {
        // Rows come back in input order; match by URL first in case a server reorders them.
        const row = rows.find((candidate) => sameProfile(candidate.url, item.key)) ?? rows[index];
        if (!row) continue;
        const record = row.profile
          ? {
              status: 'done' as const,
              prospect: profileToProspect(item.key, item.input.canonicalUrl, row.profile),
            }
          : { status: 'not-found' as const };
        records.set(item.key, record);
        outcomes.set(item.id, { state: record.status === 'done' ? 'done' : 'not-found' });
      }
      await cache.setMany('profile', records);
      return outcomes;
    },
  });
}

function sameProfile(url: string, key: string): boolean {
  const parsed = parseLinkedInUrl(url);
  return parsed.ok && parsed.value.key === key;
}

/** A LinkedIn profile URL checked and canonicalised, or the reason it is refused. */
export function profileRef(
  url: string,
  field: string,
): Result<{ key: string; apiUrl: string; canonicalUrl: string }, ApiError> {
  const parsed = parseLinkedInUrl(url);
  if (!parsed.ok || parsed.value.kind !== 'person') {
    return err({
      kind: 'invalid-input',
      field,
      message: `"${url.slice(0, 200)}" is not a LinkedIn profile URL (linkedin.com/in/…).`,
    });
  }
  const { key, apiUrl, canonicalUrl } = parsed.value;
  return ok({ key, apiUrl, canonicalUrl });
}

/** Queues the enrichment of profiles; cached ones are done at once, in-flight ones are joined. */
export async function enrichProfiles(
  services: Services,
  urls: readonly string[],
): Promise<Result<{ jobId: string; entryIds: string[] }, ApiError>> {
  const refs = [];
  for (const [index, url] of urls.entries()) {
    const ref = profileRef(url, `urls[${index}]`);
    if (!ref.ok) return ref;
    refs.push(ref.value);
  }
  if (!(await services.api())) return err({ kind: 'not-connected' });
  const checkedAt = services.now();
  const cached = await services.cache.getMany(
    'profile',
    refs.map((ref) => ref.key),
    ProfileRecordSchema,
  );
  const items = refs.map((ref) => ({
    key: ref.key,
    input: { apiUrl: ref.apiUrl, canonicalUrl: ref.canonicalUrl },
    isCached: cached.has(ref.key),
  }));
  const count = new Set(refs.map((ref) => ref.key)).size;
  const label = count === 1 ? 'Enrich 1 profile' : `Enrich ${count} profiles`;
  return ok(await services.queue.enqueue('enrich', label, items, checkedAt));
}

/** Where each URL's enrichment stands (URLs never asked for are left out). */
export async function getProfiles(
  services: Services,
  urls: readonly string[],
): Promise<Record<string, ProfileEntry>> {
  const refs = urls.flatMap((url) => {
    const ref = profileRef(url, 'url');
    return ref.ok ? [{ url, key: ref.value.key }] : [];
  });
  const cached = await services.cache.getMany(
    'profile',
    refs.map((ref) => ref.key),
    ProfileRecordSchema,
  );
  const state = await services.queue.read();
  const out: [string, ProfileEntry][] = [];
  for (const { url, key } of refs) {
    const hit = cached.get(key);
    const entry = state.entries[entryId('enrich', key)];
    if (hit)
      out.push([
        url,
        hit.status === 'done' ? { status: 'done', prospect: hit.prospect } : { status: 'not-found' },
      ]);
    else if (entry?.state === 'queued' || entry?.state === 'active') out.push([url, { status: 'pending' }]);
    else if (entry?.state === 'failed')
      out.push([url, { status: 'failed', error: entry.error ?? { kind: 'server', status: 0 } }]);
  }
  // fromEntries, not `out[url] =`: URLs come from the message and could be `__proto__`.
  return Object.fromEntries(out);
}
