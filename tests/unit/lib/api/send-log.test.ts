// @vitest-environment node
// The send log counts a request from its grant to a full window after it settled: the server counts
// arrivals, and an arrival can come any time between the two.
import { describe, expect, it } from 'vitest';
import { createSendLog } from '../../../../lib/api/send-log';

describe('send log', () => {
  it('a request still in flight holds its slot however old its grant is', () => {
    const log = createSendLog({ limit: 2, windowMs: 60_000 });
    log.take(0);
    const late = log.take(0);
    // Without in-flight accounting both grants would have left the window at 60 s.
    expect(log.waitMs(90_000)).toBeGreaterThan(0);
    log.settle(late, 90_000, 'answered');
    // One slot is still in flight; the settled one holds until 90 s + 60 s.
    expect(log.waitMs(149_999)).toBeGreaterThan(0);
  });

  it('a slot is counted from when the answer came back, not from the grant', () => {
    const log = createSendLog({ limit: 1, windowMs: 60_000 });
    const id = log.take(0);
    // A request queued in the browser for 5 s before it left: it may have arrived at 5 s.
    log.settle(id, 5000, 'answered');
    expect(log.waitMs(60_000)).toBe(5000);
    expect(log.waitMs(65_000)).toBe(0);
  });

  it('a lost connection counts twice (the browser may have resent it)', () => {
    const log = createSendLog({ limit: 3, windowMs: 60_000 });
    log.settle(log.take(0), 10, 'connection-lost');
    expect(log.snapshot().sent).toEqual([10, 10]);
    log.take(20);
    expect(log.waitMs(30)).toBe(59_980);
  });

  it('settling twice or an unknown slot changes nothing', () => {
    const log = createSendLog({ limit: 5, windowMs: 60_000 });
    const id = log.take(0);
    log.settle(id, 1, 'answered');
    log.settle(id, 2, 'connection-lost');
    log.settle(999, 3, 'answered');
    expect(log.snapshot()).toEqual({ sent: [1], inflight: [] });
  });

  it("a dead worker's requests in flight count as ended when the new worker loaded the log", () => {
    const log = createSendLog({
      limit: 2,
      windowMs: 60_000,
      restored: { sent: [1000], inflight: [2000] },
      now: 8000,
    });
    expect(log.snapshot()).toEqual({ sent: [1000, 8000], inflight: [] });
    expect(log.waitMs(8000)).toBe(53_000);
  });

  it('when every slot is in flight it looks again soon instead of waiting a window', () => {
    const log = createSendLog({ limit: 1, windowMs: 60_000 });
    log.take(0);
    const wait = log.waitMs(0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThan(1000);
  });

  it('a clock that went backwards does not block forever', () => {
    const log = createSendLog({ limit: 1, windowMs: 60_000, restored: { sent: [10_000_000], inflight: [] } });
    expect(log.waitMs(0)).toBe(0);
  });
});
