/**
 * (5) API economy against the sandbox (task latency 1–3 s): requests (starts, polls, others), wall
 * time and credits for each user action, sent as the UI sends them (protocol messages from an
 * extension page), then the same again (answered from the cache); and the busiest 60 s window.
 */
import { defaultConfig } from '../tests/sandbox/config';
import { buildWorld } from '../tests/sandbox/seed/index';
import type { ExtensionSession } from './lib/extension';

interface LogEntry {
  readonly seq: number;
  readonly time: string;
  readonly path: string;
  readonly route: string | null;
  readonly status: number;
  readonly credits: number;
}

/** Requests one action made. */
export interface RequestCount {
  readonly starts: number;
  readonly polls: number;
  readonly others: number;
  readonly total: number;
  readonly credits: number;
  readonly rateLimited: number;
}

/** One action's figures. */
export interface ApiScenario {
  readonly name: string;
  readonly items: number;
  readonly lowerBound: number;
  readonly first: RequestCount & { readonly wallMs: number; readonly ok: boolean; readonly error?: string };
  readonly repeat: RequestCount & { readonly wallMs: number };
  readonly ratio: number;
}

export interface ApiFigures {
  readonly taskLatencyMs: readonly [number, number];
  readonly scenarios: ApiScenario[];
  readonly busiestMinute: number;
  readonly busiestWindow: { readonly from: string; readonly to: string } | null;
  readonly rateLimited: number;
  /** The refused requests, to compare the server's arrival times with the client's window. */
  readonly refusals: readonly { readonly route: string | null; readonly time: string }[];
}

interface Sandbox {
  readonly url: string;
}
type JobAnswer = { ok: true; value: { jobId: string } } | { ok: false; error: { kind: string } };
interface JobView {
  readonly id: string;
  readonly status: string;
}

async function log(sandbox: Sandbox): Promise<LogEntry[]> {
  const response = await fetch(`${sandbox.url}/__sandbox/log`);
  const body = (await response.json()) as { entries: LogEntry[] };
  return body.entries.filter((entry) => !entry.path.startsWith('/__sandbox'));
}

function count(entries: readonly LogEntry[]): RequestCount {
  const starts = entries.filter((entry) => entry.route?.endsWith('Start') === true).length;
  const polls = entries.filter((entry) => entry.route?.endsWith('Result') === true).length;
  const credits = entries.reduce((sum, entry) => sum + entry.credits, 0);
  const rateLimited = entries.filter((entry) => entry.status === 429).length;
  return {
    starts,
    polls,
    others: entries.length - starts - polls,
    total: entries.length,
    credits,
    rateLimited,
  };
}

async function waitForJob(session: ExtensionSession, jobId: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = (await session.send<JobView[] | undefined>('getJobs')) ?? [];
    const status = jobs.find((job) => job.id === jobId)?.status ?? 'missing';
    if (['done', 'failed', 'cancelled', 'missing'].includes(status) || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `action` and counts the requests it caused. */
async function measured(sandbox: Sandbox, action: () => Promise<{ ok: boolean; error?: string }>) {
  const before = (await log(sandbox)).at(-1)?.seq ?? 0;
  const started = performance.now();
  const outcome = await action();
  const wallMs = performance.now() - started;
  const entries = (await log(sandbox)).filter((entry) => entry.seq > before);
  return { ...count(entries), wallMs, ...outcome };
}

function jobAction(session: ExtensionSession, type: 'enrichProfiles' | 'verifyEmails', data: unknown) {
  return async (): Promise<{ ok: boolean; error?: string }> => {
    const answer = await session.send<JobAnswer | undefined>(type, data);
    if (answer?.ok !== true)
      return { ok: false, error: answer?.ok === false ? answer.error.kind : 'no answer' };
    const status = await waitForJob(session, answer.value.jobId, 120_000);
    return status === 'done' ? { ok: true } : { ok: false, error: `job ${status}` };
  };
}

function pagesAction(session: ExtensionSession, domain: string, pages: number) {
  return async (): Promise<{ ok: boolean; error?: string }> => {
    for (let page = 1; page <= pages; page++) {
      const answer = await session.send<{ ok: boolean; error?: { kind: string } } | undefined>(
        'domainProspects',
        { domain, positions: [], page },
      );
      if (answer?.ok !== true) return { ok: false, error: answer?.error?.kind ?? 'no answer' };
    }
    return { ok: true };
  };
}

async function scenario(
  sandbox: Sandbox,
  spec: {
    name: string;
    items: number;
    lowerBound: number;
    run: () => Promise<{ ok: boolean; error?: string }>;
  },
): Promise<ApiScenario> {
  const first = await measured(sandbox, spec.run);
  const { starts, polls, others, total, credits, rateLimited, wallMs } = await measured(sandbox, spec.run);
  const repeat = { starts, polls, others, total, credits, rateLimited, wallMs };
  return {
    name: spec.name,
    items: spec.items,
    lowerBound: spec.lowerBound,
    first,
    repeat,
    ratio: first.total / spec.lowerBound,
  };
}

function busiestMinute(entries: readonly LogEntry[]): {
  count: number;
  window: { from: string; to: string } | null;
} {
  const times = entries.map((entry) => Date.parse(entry.time)).sort((a, b) => a - b);
  let best = { count: 0, window: null as { from: string; to: string } | null };
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while ((times[to] ?? 0) - (times[from] ?? 0) >= 60_000) from++;
    if (to - from + 1 > best.count)
      best = {
        count: to - from + 1,
        window: {
          from: new Date(times[from] ?? 0).toISOString(),
          to: new Date(times[to] ?? 0).toISOString(),
        },
      };
  }
  return best;
}

/** Section (5). The session must be connected to `sandbox`; `progress` prints one line per action. */
export async function benchApi(
  session: ExtensionSession,
  sandbox: Sandbox,
  progress: (line: string) => void,
): Promise<ApiFigures> {
  const config = defaultConfig();
  const people = buildWorld({ seed: config.seed, balance: config.balance }).people;
  const urls = (from: number, size: number) =>
    people.slice(from, from + size).map((person) => person.linkedinUrl);
  const tasks = (items: number) => 2 * Math.ceil(items / 10);
  const specs = [
    {
      name: 'enrich 1 profile',
      items: 1,
      lowerBound: tasks(1),
      run: jobAction(session, 'enrichProfiles', { urls: urls(0, 1) }),
    },
    {
      name: 'enrich 10 profiles',
      items: 10,
      lowerBound: tasks(10),
      run: jobAction(session, 'enrichProfiles', { urls: urls(1, 10) }),
    },
    {
      name: 'enrich 25 profiles',
      items: 25,
      lowerBound: tasks(25),
      run: jobAction(session, 'enrichProfiles', { urls: urls(11, 25) }),
    },
    {
      name: 'enrich 100 profiles',
      items: 100,
      lowerBound: tasks(100),
      run: jobAction(session, 'enrichProfiles', { urls: urls(36, 100) }),
    },
    {
      name: 'verify 100 e-mails',
      items: 100,
      lowerBound: tasks(100),
      run: jobAction(session, 'verifyEmails', {
        emails: Array.from({ length: 100 }, (_, index) => `bench.person${index}@acme-robotics.example`),
      }),
    },
    // The API pages prospects by 20: one start and one result per page is the floor.
    {
      name: 'domain search, 3 pages',
      items: 60,
      lowerBound: 6,
      run: pagesAction(session, 'acme-robotics.example', 3),
    },
  ];
  const scenarios: ApiScenario[] = [];
  for (const spec of specs) {
    const result = await scenario(sandbox, spec);
    progress(
      `${spec.name}: ${result.first.total} requests (${result.first.starts} starts, ${result.first.polls} polls), repeat ${result.repeat.total}, ${(result.first.wallMs / 1000).toFixed(1)} s`,
    );
    scenarios.push(result);
  }
  const entries = await log(sandbox);
  const busiest = busiestMinute(entries);
  const refusals = entries
    .filter((entry) => entry.status === 429)
    .map((entry) => ({ route: entry.route, time: entry.time }));
  return {
    taskLatencyMs: [1000, 3000],
    scenarios,
    busiestMinute: busiest.count,
    busiestWindow: busiest.window,
    rateLimited: refusals.length,
    refusals,
  };
}
