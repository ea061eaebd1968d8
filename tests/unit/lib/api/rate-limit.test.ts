// @vitest-environment node
// The shared limiter: never more than 60 requests in any rolling 60 s, polls and token calls included.
import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiter } from '../../../../lib/api/rate-limit';
import { createFakeTime } from './fakes';
import { makeClient } from './harness';

function maxInAnyWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while ((sorted[j] ?? 0) - (sorted[i] ?? 0) >= windowMs) i++;
    max = Math.max(max, j - i + 1);
  }
  return max;
}

/** Takes a slot and settles it at once, as a request answered instantly. */
async function answered(limiter: RateLimiter): Promise<void> {
  const slot = await limiter.acquire();
  if (slot.ok) slot.value.settle('answered');
}

describe('rate limiter', () => {
  it('120 calls never exceed 60 in any 60 s of fake time', async () => {
    const { client, time, calls, events } = makeClient();
    const t0 = time.now();
    const results = await time.run(Promise.all(Array.from({ length: 120 }, () => client.balance())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls).toHaveLength(121); // 120 + the token call, which shares the budget
    const sentAt = events.filter((e) => e.type === 'request').map((e) => e.at);
    expect(sentAt).toHaveLength(121);
    expect(maxInAnyWindow(sentAt, 60_000)).toBe(60);
    expect(Math.max(...sentAt) - t0).toBe(120_000); // calls 121.. wait for the third window
  });

  it('the sliding log admits the 61st call exactly 60 s after the 1st', async () => {
    const time = createFakeTime(0);
    const limiter = createRateLimiter({ now: time.now, sleep: time.sleep });
    const admitted: number[] = [];
    await time.run(
      Promise.all(
        Array.from({ length: 150 }, async () => {
          const slot = await limiter.acquire();
          admitted.push(time.now());
          if (slot.ok) slot.value.settle('answered'); // answered at once: counted from its grant
        }),
      ),
    );
    expect(maxInAnyWindow(admitted, 60_000)).toBe(60);
    expect(admitted.filter((t) => t === 0)).toHaveLength(60);
    expect(admitted.filter((t) => t === 60_000)).toHaveLength(60);
    expect(admitted.filter((t) => t === 120_000)).toHaveLength(30);
  });

  it('nextSlotInMs counts down for the UI', async () => {
    const time = createFakeTime(0);
    const limiter = createRateLimiter({ now: time.now, sleep: time.sleep, limit: 2, windowMs: 10_000 });
    expect(limiter.nextSlotInMs()).toBe(0);
    await answered(limiter);
    await time.run(time.sleep(3000));
    await answered(limiter);
    expect(limiter.nextSlotInMs()).toBe(7000);
    await time.run(time.sleep(7000));
    expect(limiter.nextSlotInMs()).toBe(0);
  });

  it('an aborted wait returns aborted and takes no slot', async () => {
    const time = createFakeTime(0);
    const limiter = createRateLimiter({ now: time.now, sleep: time.sleep, limit: 1, windowMs: 10_000 });
    await answered(limiter);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    expect(await time.run(waiting)).toEqual({ ok: false, error: { kind: 'aborted' } });
    expect(limiter.nextSlotInMs()).toBe(10_000);
  });
});
