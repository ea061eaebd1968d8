/** The background's storage bindings: the cache area, the queue's persistence and the rate window. */
import { browser } from 'wxt/browser';
import type { JobView } from '../messaging/protocol/dto';
import { JOBS_STORAGE_KEY } from '../messaging/protocol/dto';
import type { KeyValueArea } from './cache/store';
import type { QueuePersistence } from './queue/store';
import type { QueueState } from './queue/schema';
import type { WindowStore } from './rate-window';

/** `storage.local` as a key-value area for the cache. */
export function localArea(): KeyValueArea {
  const area = browser.storage.local;
  return {
    getMany: async (keys) => (keys.length === 0 ? {} : area.get([...keys])),
    setMany: (entries) => area.set({ ...entries }),
    removeMany: async (keys) => {
      if (keys.length > 0) await area.remove([...keys]);
    },
    // Rare (clear cache, quota sweep): reads every value once.
    keys: async () => Object.keys(await area.get(null)),
  };
}

/** The queue in `local:queue`, written in one call with the UI's `local:jobs`. */
export function queuePersistence(): QueuePersistence {
  return {
    load: async () => (await browser.storage.local.get('queue'))['queue'],
    save: (state: QueueState, views: readonly JobView[]) =>
      browser.storage.local.set({ queue: state, [JOBS_STORAGE_KEY.replace(/^local:/, '')]: views }),
  };
}

/** The rate limiter's send log in `session:rate-window` (cleared with the browser, like the server's window). */
export function sessionWindowStore(): WindowStore {
  return {
    load: async () => (await browser.storage.session.get('rate-window'))['rate-window'],
    save: (snapshot) => browser.storage.session.set({ 'rate-window': snapshot }),
  };
}
