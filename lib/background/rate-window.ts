/**
 * The API's 60-requests-per-minute window, kept across service-worker restarts. The client's own
 * limiter (lib/api/rate-limit.ts) lives in memory, so a worker killed after 59 calls would start
 * again with an empty log and could send a 61st request inside the same minute. This limiter writes
 * each send time to `storage.session` *before* the request goes out (write-ahead), and a new worker
 * loads the log before granting its first slot.
 */
import * as v from 'valibot';
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import type { Clock, Sleep } from '../api/sleep';
import type { Limiter } from '../api/transport';
import { log } from '../log';

/** Where the send log lives; session storage is cleared with the browser, as is the server's window. */
export interface WindowStore {
  load(): Promise<unknown>;
  save(sent: readonly number[]): Promise<void>;
}

/** Options for {@link createPersistentLimiter}. */
export interface PersistentLimiterOptions {
  readonly store: WindowStore;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly limit?: number;
  readonly windowMs?: number;
}

/** A limiter that can also say how long until the next free slot (for the UI's countdown). */
export interface PersistentLimiter extends Limiter {
  nextSlotInMs(): Promise<number>;
}

const SentSchema = v.array(v.number());

/** Creates a sliding-log limiter whose log survives worker restarts. */
export function createPersistentLimiter(options: PersistentLimiterOptions): PersistentLimiter {
  const limit = options.limit ?? 60;
  // One second more than the API's minute: our timestamp is taken before the request leaves, the
  // server's when it arrives, so a send granted exactly 60 s later could land inside its window (the
  // benchmark saw a 61st request 3–4 ms early, refused with 429).
  const windowMs = options.windowMs ?? 61_000;
  let sent: number[] | undefined;
  // One grant at a time: check, take and persist must not interleave between callers.
  let queue: Promise<unknown> = Promise.resolve();

  async function loaded(): Promise<number[]> {
    if (sent) return sent;
    const parsed = v.safeParse(SentSchema, await options.store.load().catch(() => undefined));
    sent = parsed.success ? parsed.output.filter(Number.isFinite).sort((a, b) => a - b) : [];
    return sent;
  }

  function waitFor(log: number[], now: number): number {
    while (log.length > 0 && (log[0] ?? Infinity) <= now - windowMs) log.shift();
    // A clock that went backwards (restored profile) must not block forever.
    while (log.length > 0 && (log[log.length - 1] ?? 0) > now + windowMs) log.pop();
    if (log.length < limit) return 0;
    return Math.max(1, (log[log.length - limit] ?? now) + windowMs - now);
  }

  async function grant(signal?: AbortSignal): Promise<Result<void, ApiError>> {
    const entries = await loaded();
    for (;;) {
      if (signal?.aborted) return err({ kind: 'aborted' });
      const waitMs = waitFor(entries, options.now());
      if (waitMs === 0) break;
      await options.sleep(waitMs, signal);
    }
    entries.push(options.now());
    await options.store.save(entries.slice(-limit)).catch((error: unknown) => {
      log('warn', 'rate-window-save-failed', { error: String(error) });
    });
    return ok(undefined);
  }

  function acquire(signal?: AbortSignal): Promise<Result<void, ApiError>> {
    const next = queue.then(() => grant(signal));
    queue = next.catch(() => undefined);
    return next;
  }

  async function nextSlotInMs(): Promise<number> {
    return waitFor(await loaded(), options.now());
  }

  return { acquire, nextSlotInMs };
}
