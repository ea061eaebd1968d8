/** Builds the cache, the queue and its kinds over extension storage: the background's composition root for use cases. */
import type { Clock, Sleep } from '../api/sleep';
import { readSettings } from '../storage/items';
import type { ApiProvider } from './api-port';
import { createSingleFlight } from './cache/single-flight';
import { createCache, type CacheNamespace } from './cache/store';
import { createAddToListKind } from './prospecting/add-to-list';
import { createEnrichKind } from './prospecting/enrich';
import { createFindKind } from './prospecting/find-email';
import { createVerifyKind } from './prospecting/verify';
import { createQueue } from './queue/queue';
import type { PollPolicy } from './queue/runner';
import { createQueueStore } from './queue/store';
import type { Services } from './services';
import { localArea, queuePersistence } from './storage-adapters';

/** What {@link createServices} needs from the environment. */
export interface ServiceDeps {
  readonly api: ApiProvider;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly isOnline: () => boolean;
  /** Schedules a wake-up (an alarm) so waiting work resumes even after the worker is killed. */
  readonly wakeAt: (at: number) => void;
  readonly newId?: () => string;
  readonly policy?: PollPolicy;
}

/** Lists and campaigns change in the web app too: never trust them longer than this. */
const LIST_TTL_MS = 10 * 60_000;

/** The TTL of each cache namespace, from settings (`cacheTtlHours`). */
export async function cacheTtlMs(namespace: CacheNamespace): Promise<number> {
  const hours = (await readSettings()).cacheTtlHours;
  const ttl = hours * 3_600_000;
  return namespace === 'lists' || namespace === 'campaigns' ? Math.min(ttl, LIST_TTL_MS) : ttl;
}

/** Creates the services every prospecting use case runs on. */
export function createServices(deps: ServiceDeps): Services {
  const cache = createCache({ area: localArea(), now: deps.now, ttlMs: cacheTtlMs });
  const queue = createQueue({
    store: createQueueStore(queuePersistence()),
    api: deps.api,
    kinds: [
      createEnrichKind(cache),
      createVerifyKind(cache, deps.now),
      createFindKind(cache),
      createAddToListKind(cache),
    ],
    now: deps.now,
    sleep: deps.sleep,
    isOnline: deps.isOnline,
    wakeAt: deps.wakeAt,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    ...(deps.policy ? { policy: deps.policy } : {}),
  });
  return { api: deps.api, cache, flight: createSingleFlight(), queue, now: deps.now, sleep: deps.sleep };
}
