/**
 * Reads the sandbox's request log and state after a fault run (tests/e2e/reliability-faults.spec.ts)
 * and turns them into the figures issue 7 asks for: faults by kind, duplicate paid starts, the
 * busiest 60-second window, and whether every saved prospect is in its list exactly once.
 * Pure functions over plain data, so they are unit-tested without a browser.
 */

/** The log fields the analysis reads (tests/sandbox/log.ts `LogEntry`). */
export interface RunLogEntry {
  readonly seq: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly route: string | null;
  readonly body: unknown;
  readonly auth: string;
  readonly status: number;
  readonly credits: number;
  readonly task: 'start' | 'poll' | null;
  readonly fault: string | null;
  readonly durationMs: number;
}

/** One list of `GET /__sandbox/state`. */
export interface StateList {
  readonly id: number;
  readonly name: string;
  readonly prospects: readonly { readonly id: string; readonly name: string }[];
}

/** API calls only (control calls under `/__sandbox` are the test talking to the sandbox). */
export function apiEntries(log: readonly RunLogEntry[]): RunLogEntry[] {
  return log.filter((entry) => !entry.path.startsWith('/__sandbox'));
}

/** Faults the sandbox actually applied, by kind (a queued fault that never matched is not counted). */
export function faultsByKind(log: readonly RunLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of apiEntries(log)) {
    if (entry.fault === null) continue;
    counts[entry.fault] = (counts[entry.fault] ?? 0) + 1;
  }
  return counts;
}

/** When the request arrived (the log stamps its end; a slow answer ends `durationMs` later). */
function arrivedAt(entry: RunLogEntry): number {
  return Date.parse(entry.time) - entry.durationMs;
}

/**
 * Arrivals that are the browser's own resend of a dropped request: Chromium sends a request again,
 * once and at once, when a reused keep-alive connection closes before any answer byte (the sandbox's
 * `drop` fault does exactly that). The client never sees the resend: its fetch just succeeds or fails
 * later. Such an arrival has the dropped one's method, path and body and comes within a second; the
 * transport's own retries wait at least 2 s (lib/api/sleep.ts backoffMs). Returns their `seq`s.
 */
export function browserResends(log: readonly RunLogEntry[], withinMs = 1000): Set<number> {
  const resends = new Set<number>();
  const api = apiEntries(log)
    .map((entry) => ({ entry, at: arrivedAt(entry), body: JSON.stringify(entry.body) }))
    .sort((a, b) => a.at - b.at || a.entry.seq - b.entry.seq);
  api.forEach((dropped, index) => {
    if (dropped.entry.fault !== 'drop' || dropped.entry.status !== 0) return;
    const resend = api
      .slice(index + 1)
      .find(
        (later) =>
          later.at - dropped.at <= withinMs &&
          !resends.has(later.entry.seq) &&
          later.entry.method === dropped.entry.method &&
          later.entry.path === dropped.entry.path &&
          later.body === dropped.body,
      );
    if (resend) resends.add(resend.entry.seq);
  });
  return resends;
}

/**
 * The most API requests that arrived within any `windowMs` (sliding, both ends inclusive of start).
 * Entries whose `seq` is in `exclude` are not counted (see {@link browserResends}).
 */
export function busiestWindow(
  log: readonly RunLogEntry[],
  windowMs = 60_000,
  exclude: ReadonlySet<number> = new Set(),
): number {
  const times = apiEntries(log)
    .filter((entry) => !exclude.has(entry.seq))
    .map(arrivedAt)
    .sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

function inputsOf(body: unknown, key: string): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const value: unknown = Reflect.get(body, key);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Inputs sent in more than one start that the server ran (`task: 'start'`): each such input was
 * paid for twice. Starts refused before running (401, 429, 5xx, a drop before the call) cost nothing
 * and are not counted.
 */
export function duplicateStarts(log: readonly RunLogEntry[], route: string, inputKey: string): string[] {
  const seen = new Map<string, number>();
  for (const entry of apiEntries(log)) {
    if (entry.route !== route || entry.task !== 'start') continue;
    for (const input of inputsOf(entry.body, inputKey)) seen.set(input, (seen.get(input) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([input]) => input);
}

/** How the saved names ended up in the list: missing (lost), present more than once, or unexpected. */
export function listAudit(
  list: StateList | undefined,
  expectedNames: readonly string[],
): { lost: string[]; duplicated: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const prospect of list?.prospects ?? [])
    counts.set(prospect.name, (counts.get(prospect.name) ?? 0) + 1);
  const expected = new Set(expectedNames);
  return {
    lost: expectedNames.filter((name) => !counts.has(name)),
    duplicated: [...counts].filter(([, count]) => count > 1).map(([name]) => name),
    extra: [...counts.keys()].filter((name) => !expected.has(name)),
  };
}

/** Authorization header forms seen on API calls (the token itself never reaches the log). */
export function authForms(log: readonly RunLogEntry[]): Record<string, number> {
  const forms: Record<string, number> = {};
  for (const entry of apiEntries(log)) forms[entry.auth] = (forms[entry.auth] ?? 0) + 1;
  return forms;
}
