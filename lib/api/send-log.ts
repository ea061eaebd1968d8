/**
 * The sliding log behind both rate limiters (rate-limit.ts in memory, lib/background/rate-window.ts
 * persisted). The server counts requests when they *arrive*; we only know when we let one go and
 * when its answer (or failure) came back, and the arrival lies between the two. So a request holds
 * its slot from the grant until it settles, and then for a full window counted from the settle
 * time, which is never earlier than its arrival. That keeps the guarantee whatever happens in
 * between: a request queued in the browser's connection pool, a worker busy for seconds, a slow
 * answer (the fault run saw all three).
 *
 * A connection that closes before the answer may have carried the request twice: Chromium resends
 * a request once when a reused keep-alive connection is closed under it (the fault run's sandbox
 * log shows every dropped connection arriving as two requests 0–2 ms apart). Such a settle counts
 * two sends.
 */

/** How a request ended, as far as the server's count is concerned. */
export type SlotOutcome = 'answered' | 'no-answer' | 'connection-lost';

/** The log's state, as persisted: settle times, and grant times of requests still in flight. */
export interface SendLogSnapshot {
  readonly sent: readonly number[];
  readonly inflight: readonly number[];
}

/** A sliding log of sends: check with `waitMs`, take with `take`, report the end with `settle`. */
export interface SendLog {
  /** 0 when a request could go at `now`, else milliseconds until a slot frees up. */
  waitMs(now: number): number;
  /** Takes a slot at `now`; returns the slot's id for {@link SendLog.settle}. */
  take(now: number): number;
  /** The request of slot `id` ended at `now`. Settling twice is ignored. */
  settle(id: number, now: number, outcome: SlotOutcome): void;
  snapshot(): SendLogSnapshot;
}

/** Options for {@link createSendLog}. */
export interface SendLogOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** A previous worker's log. Its in-flight requests ended, at the latest, when it died: before `now`. */
  readonly restored?: SendLogSnapshot;
  readonly now?: number;
}

// While every slot is held by a request in flight, look again after this long (a settle frees one).
const IN_FLIGHT_RECHECK_MS = 250;

/** Creates a send log; see the module comment for what a slot covers. */
export function createSendLog(options: SendLogOptions): SendLog {
  const { limit, windowMs } = options;
  const restoredAt = options.now ?? 0;
  const sent: number[] = [
    ...(options.restored?.sent ?? []),
    ...(options.restored?.inflight ?? []).map((grantedAt) => Math.max(grantedAt, restoredAt)),
  ].sort((a, b) => a - b);
  const inflight = new Map<number, number>();
  let nextId = 1;

  function prune(now: number): void {
    while (sent.length > 0 && (sent[0] ?? Infinity) <= now - windowMs) sent.shift();
    // A clock that went backwards (restored profile) must not block forever.
    while (sent.length > 0 && (sent[sent.length - 1] ?? 0) > now + windowMs) sent.pop();
  }

  function insertSorted(time: number): void {
    let index = sent.length;
    while (index > 0 && (sent[index - 1] ?? 0) > time) index--;
    sent.splice(index, 0, time);
  }

  return {
    waitMs(now) {
      prune(now);
      const held = sent.length + inflight.size;
      if (held < limit) return 0;
      // The (held - limit + 1) oldest settled sends must leave the window first.
      const freesAt = sent[held - limit];
      return freesAt === undefined ? IN_FLIGHT_RECHECK_MS : Math.max(1, freesAt + windowMs - now);
    },
    take(now) {
      const id = nextId++;
      inflight.set(id, now);
      return id;
    },
    settle(id, now, outcome) {
      const grantedAt = inflight.get(id);
      if (grantedAt === undefined) return;
      inflight.delete(id);
      const at = Math.max(grantedAt, now);
      insertSorted(at);
      if (outcome === 'connection-lost') insertSorted(at);
    },
    snapshot: () => ({ sent: [...sent], inflight: [...inflight.values()] }),
  };
}
