/**
 * One call in flight per key: a second caller for the same key while the first is running gets
 * the same promise (two clicks = one request). In memory only; work that must survive a worker
 * restart goes through the persisted queue, which deduplicates by item id instead.
 */

/** A keyed single-flight group. */
export interface SingleFlight {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Whether a call for `key` is running now. */
  has(key: string): boolean;
}

/** Creates an empty single-flight group. */
export function createSingleFlight(): SingleFlight {
  const running = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const existing = running.get(key);
      // The map only ever holds the promise `work` returned for this key, so the type is T.
      if (existing) return existing as Promise<T>;
      const promise = work().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
    has: (key) => running.has(key),
  };
}
