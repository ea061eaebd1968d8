import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createPersistentLimiter,
  OFFLINE_CHECK_MS,
  type PersistentLimiter,
} from '../../../../lib/background/rate-window';
import { sessionWindowStore } from '../../../../lib/background/storage-adapters';
import { fakeClock } from './fakes';

/** Takes a slot and settles it at once, as a request answered instantly. */
async function answered(limiter: PersistentLimiter): Promise<void> {
  const slot = await limiter.acquire();
  expect(slot.ok).toBe(true);
  if (slot.ok) slot.value.settle('answered');
}

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
    for (let i = 0; i < 60; i++) await answered(limiter);
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
    await answered(limiter);
    await answered(limiter);
    expect(clock.now()).toBe(before);
    await answered(limiter);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 1000);
  });

  it('a request the old worker left in flight holds its slot until a window after the restart', async () => {
    const clock = fakeClock();
    const first = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
      limit: 1,
      windowMs: 10_000,
    });
    expect((await first.acquire()).ok).toBe(true); // never settled: the worker was stopped
    clock.advance(30_000);
    const restartedAt = clock.now();
    const second = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
      limit: 1,
      windowMs: 10_000,
    });
    expect(await second.nextSlotInMs()).toBe(10_000);
    await second.acquire();
    expect(clock.now()).toBe(restartedAt + 10_000);
  });

  it('persists settles, counting a lost connection twice, and reads the old bare-array format', async () => {
    const clock = fakeClock();
    await fakeBrowser.storage.session.set({ 'rate-window': [clock.now()] });
    const limiter = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
    });
    const slot = await limiter.acquire();
    if (!slot.ok) throw new Error('no slot');
    clock.advance(5);
    slot.value.settle('connection-lost');
    await vi.waitFor(async () => {
      const stored: unknown = (await fakeBrowser.storage.session.get('rate-window'))['rate-window'];
      expect(stored).toEqual({ sent: [clock.now() - 5, clock.now(), clock.now()], inflight: [] });
    });
  });

  it('refuses with "offline" at once while the browser is offline, and notices an outage during a wait', async () => {
    const clock = fakeClock();
    let online = false;
    const limiter = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: clock.sleep,
      isOnline: () => online,
    });
    const refused = await limiter.acquire();
    expect(refused).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(await limiter.nextSlotInMs()).toBe(0); // the refusal took no slot

    online = true;
    for (let i = 0; i < 60; i++) await answered(limiter);
    const fullAt = clock.now();
    // The 61st waits for the window (61 s); the browser drops offline 7 s into the wait.
    const sleep = clock.sleep;
    const naps: number[] = [];
    let dropped = false;
    const outage = createPersistentLimiter({
      store: sessionWindowStore(),
      now: clock.now,
      sleep: async (ms) => {
        naps.push(ms);
        await sleep(ms);
        if (!dropped && clock.now() - fullAt >= 7_000) {
          dropped = true;
          online = false;
        }
      },
      isOnline: () => online,
    });
    expect(await outage.acquire()).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(clock.now() - fullAt).toBeLessThanOrEqual(7_000 + OFFLINE_CHECK_MS);
    expect(Math.max(...naps)).toBeLessThanOrEqual(OFFLINE_CHECK_MS);

    // Back online, the same limiter waits out the window and grants.
    online = true;
    expect((await outage.acquire()).ok).toBe(true);
    expect(clock.now()).toBeGreaterThanOrEqual(fullAt + 61_000);
  });
});
