/**
 * The API's 60-requests-per-minute window, kept across service-worker restarts. The client's own
 * limiter (lib/api/rate-limit.ts) lives in memory, so a worker killed after 59 calls would start
 * again with an empty log and could send a 61st request inside the same minute. This limiter writes
 * each grant to `storage.session` *before* the request goes out (write-ahead), and each settle after
 * it; a new worker loads the log before granting its first slot, and counts the requests a dead
 * worker left in flight as ended at that moment (they cannot have arrived later).
 */
import * as v from 'valibot';
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import { createSendLog, type SendLog, type SendLogSnapshot } from '../api/send-log';
import type { Clock, Sleep } from '../api/sleep';
import type { Limiter, SlotReceipt } from '../api/transport';
import { log } from '../log';

/** Where the send log lives; session storage is cleared with the browser, as is the server's window. */
export interface WindowStore {
  load(): Promise<unknown>;
  save(snapshot: SendLogSnapshot): Promise<void>;
}

/** Options for {@link createPersistentLimiter}. */
export interface PersistentLimiterOptions {
  readonly store: WindowStore;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly limit?: number;
  readonly windowMs?: number;
  /**
   * Whether the browser says it is online (`navigator.onLine`). While it says offline, a request is
   * refused with `offline` at once instead of taking a slot, and a wait for a slot is checked every
   * {@link OFFLINE_CHECK_MS}: a bulk job's batch can wait most of a minute for its slot, and the queue
   * (which pauses and shows "offline") learns of the outage only from a request that fails.
   */
  readonly isOnline?: () => boolean;
}

/** How often a wait for a slot checks that the browser is still online. */
export const OFFLINE_CHECK_MS = 3_000;

/** A limiter that can also say how long until the next free slot (for the UI's countdown). */
export interface PersistentLimiter extends Limiter {
  nextSlotInMs(): Promise<number>;
}

const Times = v.array(v.pipe(v.number(), v.finite()));
// Before 2026-11-26 the stored value was the bare array of send times.
const StoredSchema = v.union([
  v.object({ sent: Times, inflight: Times }),
  v.pipe(
    Times,
    v.transform((sent) => ({ sent, inflight: [] })),
  ),
]);

/** Creates a sliding-log limiter whose log survives worker restarts. */
export function createPersistentLimiter(options: PersistentLimiterOptions): PersistentLimiter {
  const limit = options.limit ?? 60;
  // One second more than the API's minute, kept as a margin for clock granularity on both sides.
  const windowMs = options.windowMs ?? 61_000;
  let sendLog: SendLog | undefined;
  // One grant at a time: check, take and persist must not interleave between callers.
  let queue: Promise<unknown> = Promise.resolve();
  // Saves in call order, each writing the log as it is when it runs.
  let saving: Promise<void> = Promise.resolve();

  async function loaded(): Promise<SendLog> {
    if (sendLog) return sendLog;
    const parsed = v.safeParse(StoredSchema, await options.store.load().catch(() => undefined));
    sendLog = createSendLog({
      limit,
      windowMs,
      now: options.now(),
      ...(parsed.success ? { restored: parsed.output } : {}),
    });
    return sendLog;
  }

  function persist(from: SendLog): Promise<void> {
    saving = saving.then(() =>
      options.store.save(from.snapshot()).catch((error: unknown) => {
        log('warn', 'rate-window-save-failed', { error: String(error) });
      }),
    );
    return saving;
  }

  async function grant(signal?: AbortSignal): Promise<Result<SlotReceipt, ApiError>> {
    const entries = await loaded();
    const isOnline = options.isOnline;
    for (;;) {
      if (signal?.aborted) return err({ kind: 'aborted' });
      if (isOnline?.() === false) return err({ kind: 'offline' });
      const waitMs = entries.waitMs(options.now());
      if (waitMs === 0) break;
      await options.sleep(isOnline === undefined ? waitMs : Math.min(waitMs, OFFLINE_CHECK_MS), signal);
    }
    const id = entries.take(options.now());
    await persist(entries);
    return ok({
      settle: (outcome) => {
        entries.settle(id, options.now(), outcome);
        void persist(entries);
      },
    });
  }

  function acquire(signal?: AbortSignal): Promise<Result<SlotReceipt, ApiError>> {
    const next = queue.then(() => grant(signal));
    queue = next.catch(() => undefined);
    return next;
  }

  async function nextSlotInMs(): Promise<number> {
    return (await loaded()).waitMs(options.now());
  }

  return { acquire, nextSlotInMs };
}
