/**
 * Serialised access to the persisted queue: every change is one read-modify-write on
 * `local:queue`, written together with the UI's job list (`local:jobs`) in a single storage call,
 * so the two can never disagree. Listeners hear every committed state (for waiters in memory).
 */
import * as v from 'valibot';
import type { JobView } from '../../messaging/protocol/dto';
import { log } from '../../log';
import type { QueueState } from './schema';
import { QueueStateSchema, emptyQueue } from './schema';
import { jobViews, prune } from './state';

/** Raw persistence of the queue (WXT storage in the extension, the fake browser in tests). */
export interface QueuePersistence {
  load(): Promise<unknown>;
  save(state: QueueState, views: readonly JobView[]): Promise<void>;
}

/** The queue's state, changed one transaction at a time. */
export interface QueueStore {
  read(): Promise<QueueState>;
  /** Applies `change` to the latest state and persists the result before resolving. */
  update(change: (state: QueueState) => QueueState): Promise<QueueState>;
  subscribe(listener: (state: QueueState) => void): () => void;
}

/** Creates the store over its persistence. */
export function createQueueStore(persistence: QueuePersistence): QueueStore {
  let chain: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(state: QueueState) => void>();

  async function load(): Promise<QueueState> {
    const raw = await persistence.load();
    if (raw === undefined || raw === null) return emptyQueue();
    const parsed = v.safeParse(QueueStateSchema, raw);
    if (parsed.success) return parsed.output;
    // Never crash on a shape an older version left: start clean and say so once.
    log('error', 'queue-unreadable', { issue: parsed.issues[0].message });
    return emptyQueue();
  }

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  }

  return {
    read: () => serial(load),
    update: (change) =>
      serial(async () => {
        const state = prune(change(await load()));
        await persistence.save(state, jobViews(state));
        for (const listener of listeners) listener(state);
        return state;
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
