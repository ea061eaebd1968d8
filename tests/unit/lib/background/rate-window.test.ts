import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPersistentLimiter } from '../../../../lib/background/rate-window';
import { sessionWindowStore } from '../../../../lib/background/storage-adapters';
import { fakeClock } from './fakes';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the persisted rate window', () => {
  it('never lets a 61st request into a 60 s window across a worker restart', async () => {
    const clock = fakeClock();
    const first = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
    });
    const startedAt = clock.now();
    for (let i = 0; i < 60; i++) {
      expect((await first.acquire()).ok).toBe(true);
      clock.advance(100);
    }
    // A new worker instance over the same session storage.
    const second = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(await second.nextSlotInMs()).toBeGreaterThan(0);
    expect((await second.acquire()).ok).toBe(true);
    expect(clock.now()).toBeGreaterThanOrEqual(startedAt + 60_000);
  });

  it("keeps a one-second margin so a late-arriving send cannot be the server's 61st", async () => {
    const clock = fakeClock();
    const limiter = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
    });
    const startedAt = clock.now();
    for (let i = 0; i < 60; i++) expect((await limiter.acquire()).ok).toBe(true);
    clock.advance(60_000);
    expect(await limiter.nextSlotInMs()).toBe(1000);
    expect((await limiter.acquire()).ok).toBe(true);
    expect(clock.now()).toBe(startedAt + 61_000);
  });

  it('grants at once when the stored window has passed, and survives unreadable storage', async () => {
    const clock = fakeClock();
    await fakeBrowser.storage.session.set({ 'rate-window': 'garbage' });
    const limiter = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
      limit: 2,
      windowMs: 1000,
    });
    const before = clock.now();
    await limiter.acquire();
    await limiter.acquire();
    expect(clock.now()).toBe(before);
    await limiter.acquire();
    expect(clock.now()).toBeGreaterThanOrEqual(before + 1000);
  });
});
