/** Clock and timer helpers shared by the transport, the limiter and the task poller. */

/** Milliseconds since the epoch; injectable so tests can run on fake time. */
export type Clock = () => number;
/** Waits `ms`, or less if `signal` aborts (it then resolves early; callers check `signal.aborted`). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Real-timer sleep that resolves early on abort and leaves no timer behind. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Exponential backoff: `startMs · 2^attempt`, capped (REFERENCE.md §2.5: start 2 s, cap 60 s). */
export function backoffMs(attempt: number, startMs = 2000, capMs = 60_000): number {
  return Math.min(capMs, startMs * 2 ** Math.max(0, attempt));
}
