/**
 * The one limiter every API call goes through, task polls included: never more than `limit`
 * requests in any rolling `windowMs` (REFERENCE.md §1: 60 requests per minute per account, all
 * methods together, no burst allowance). A sliding log (send-log.ts), not a token bucket, because a
 * bucket refilled continuously can let 61 calls into one 60 s window.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import type { Clock, Sleep } from './sleep';
import { createSendLog } from './send-log';
import type { Limiter, SlotReceipt } from './transport';

/** A {@link Limiter} that can also tell the UI how long until the next free slot. */
export interface RateLimiter extends Limiter {
  /** 0 when a request could go now, else milliseconds until a slot frees up. */
  nextSlotInMs(): number;
}

/** Options for {@link createRateLimiter}. */
export interface RateLimiterOptions {
  readonly now: Clock;
  readonly sleep: Sleep;
  /** Default 60. */
  readonly limit?: number;
  /** Default 60 000 ms. */
  readonly windowMs?: number;
}

/** Creates a sliding-log limiter; `acquire` waits (abortably) until a slot is free, then takes it. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const log = createSendLog({ limit: options.limit ?? 60, windowMs: options.windowMs ?? 60_000 });

  const nextSlotInMs = (): number => log.waitMs(options.now());

  async function acquire(signal?: AbortSignal): Promise<Result<SlotReceipt, ApiError>> {
    for (;;) {
      if (signal?.aborted) return err({ kind: 'aborted' });
      const waitMs = nextSlotInMs();
      if (waitMs === 0) {
        // Check and take happen in one synchronous step, so concurrent waiters cannot overbook.
        const id = log.take(options.now());
        return ok({
          settle: (outcome) => {
            log.settle(id, options.now(), outcome);
          },
        });
      }
      await options.sleep(waitMs, signal);
    }
  }

  return { acquire, nextSlotInMs };
}
