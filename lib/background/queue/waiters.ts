/** Waiting, in memory, for queue entries to settle (the finder message and notifications wait this way). */
import { isSettled, type Block, type Entry, type QueueState } from './schema';
import type { QueueStore } from './store';

/** What a waiter gets: the settled entries, or why the queue is paused. */
export type Settled = { readonly entries: Entry[] } | { readonly blocked: Block };

function check(state: QueueState, entryIds: readonly string[], orBlocked: boolean): Settled | undefined {
  const entries = entryIds.map((id) => state.entries[id]);
  // A missing entry (pruned) will never change: treat it as settled rather than wait forever.
  if (entries.every((entry) => entry === undefined || isSettled(entry.state)))
    return { entries: entries.flatMap((entry) => entry ?? []) };
  return orBlocked && state.blocked ? { blocked: state.blocked } : undefined;
}

/** Resolves when every entry is settled (or, with `orBlocked`, when the queue pauses). */
export function whenSettled(
  store: QueueStore,
  entryIds: readonly string[],
  orBlocked: boolean,
): Promise<Settled> {
  return new Promise((resolve) => {
    const settle = (state: QueueState): void => {
      const result = check(state, entryIds, orBlocked);
      if (!result) return;
      unsubscribe();
      resolve(result);
    };
    const unsubscribe = store.subscribe(settle);
    void store.read().then(settle);
  });
}
