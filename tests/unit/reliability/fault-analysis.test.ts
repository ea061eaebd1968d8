// @vitest-environment node
// The fault run's figures come from these functions over the sandbox log: each is pinned here on a
// handful of entries shaped like the ones the run produced (artifacts/reliability/faults-log.json).
import { describe, expect, it } from 'vitest';
import {
  browserResends,
  busiestWindow,
  duplicateStarts,
  faultsByKind,
  listAudit,
  type RunLogEntry,
} from '../../reliability/fault-analysis';

let seq = 0;
function entry(atMs: number, overrides: Partial<RunLogEntry> = {}): RunLogEntry {
  seq += 1;
  return {
    seq,
    time: new Date(Date.UTC(2026, 10, 26, 8) + atMs + (overrides.durationMs ?? 0)).toISOString(),
    method: 'POST',
    path: '/v1/add-prospect-to-list',
    route: 'addProspectToList',
    body: { fullName: `Person ${String(seq)}` },
    auth: 'bearer-header',
    status: 200,
    credits: 0,
    task: null,
    fault: null,
    durationMs: 0,
    ...overrides,
  };
}

describe('busiest window', () => {
  it('counts arrivals (a slow answer arrived when it started), control calls excluded', () => {
    const log = [
      entry(0),
      entry(59_999),
      entry(10_000, { durationMs: 31_000 }),
      entry(30_000, { path: '/__sandbox/log' }),
      entry(60_000),
    ];
    expect(busiestWindow(log)).toBe(3);
    expect(busiestWindow(log, 1000)).toBe(2); // 59,999 and 60,000
  });

  it("folds the browser's resend of a dropped request into the request it repeats", () => {
    const dropped = entry(1000, { fault: 'drop', status: 0, body: { fullName: 'Lucas Dubois' } });
    const other = entry(1001, { body: { fullName: 'Lucas Costa' } });
    const resent = entry(1038, { body: { fullName: 'Lucas Dubois' } });
    // The transport's own retry waits at least 2 s: not a browser resend.
    const retried = entry(4000, { body: { fullName: 'Lucas Dubois' } });
    const log = [dropped, other, resent, retried];
    expect([...browserResends(log)]).toEqual([resent.seq]);
    expect(busiestWindow(log)).toBe(4);
    expect(busiestWindow(log, 60_000, browserResends(log))).toBe(3);
  });

  it('a drop resent and dropped again is one resend, not two', () => {
    const body = { fullName: 'Kenji Schmidt' };
    const log = [entry(0, { fault: 'drop', status: 0, body }), entry(1, { fault: 'drop', status: 0, body })];
    expect(browserResends(log).size).toBe(1);
  });
});

describe('run audit', () => {
  it('finds inputs that two paid starts ran, ignoring refused starts', () => {
    const route = 'linkedinProfilesStart';
    const log = [
      entry(0, { route, task: 'start', body: { urls: ['a', 'b'] } }),
      entry(1, { route, task: null, status: 429, body: { urls: ['c'] } }),
      entry(2, { route, task: 'start', body: { urls: ['c', 'b'] } }),
    ];
    expect(duplicateStarts(log, route, 'urls')).toEqual(['b']);
  });

  it('reports lost, duplicated and unexpected names in a list', () => {
    const list = {
      id: 1,
      name: 'Fault run',
      prospects: [
        { id: '1', name: 'Ada Silva' },
        { id: '2', name: 'Ada Silva' },
        { id: '3', name: 'Eve Intruder' },
      ],
    };
    expect(listAudit(list, ['Ada Silva', 'Noor Haddad'])).toEqual({
      lost: ['Noor Haddad'],
      duplicated: ['Ada Silva'],
      extra: ['Eve Intruder'],
    });
  });

  it('counts only faults the sandbox applied', () => {
    const log = [entry(0, { fault: '429', status: 429 }), entry(1, { fault: '429' }), entry(2)];
    expect(faultsByKind(log)).toEqual({ '429': 2 });
  });
});
