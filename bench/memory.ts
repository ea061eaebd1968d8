/**
 * (6) The service worker's memory with 1,000 and 10,000 cached prospects, and its wake-up time to
 * the first API request. The cache is seeded through storage in the background's own format
 * (`cache:profile:<key>` → `{ at, value: { status: 'done', prospect } }`, lib/background/cache/store.ts),
 * the worker is stopped (as Chrome does after 30 s idle) and woken by the side panel's question
 * for those profiles; the heap is read over CDP on the worker target.
 */
import type { CdpCall, ExtensionSession } from './lib/extension';

/** Heap figures for one cache size. */
export interface MemoryFigures {
  readonly cached: number;
  /** Heap used right after the worker answered for every cached profile (no forced GC). */
  readonly usedMb: number;
  /**
   * The most heap used while it answered, sampled between the worker's tasks. `usedMb` alone depends on
   * whether V8 happened to collect just before the read (it once put 10,000 below 1,000).
   */
  readonly peakMb: number;
  /** Heap used after a forced GC. */
  readonly usedAfterGcMb: number;
  readonly totalMb: number;
  /** Heap used by a freshly woken worker before it reads the cache. */
  readonly idleMb: number;
}

export interface WorkerFigures {
  readonly memory: MemoryFigures[];
  /** From the message that wakes a stopped worker to the first request the sandbox sees. */
  readonly wakeToFirstRequestMs: number | null;
  /** From the same message to the worker answering it (enqueue + persist). */
  readonly wakeToAnswerMs: number | null;
}

const MB = 1024 * 1024;

function prospect(index: number): { key: string; url: string; record: unknown } {
  const slug = `bench-prospect-${index}`;
  const url = `https://www.linkedin.com/in/${slug}`;
  const key = `li:in:${slug}`;
  const value = {
    status: 'done',
    prospect: {
      key,
      name: `Bench Prospect ${index}`,
      firstName: 'Bench',
      lastName: `Prospect ${index}`,
      position: 'Head of Operations',
      company: 'Acme Robotics Inc',
      companyDomain: 'acme-robotics.example',
      location: 'Lisbon, Portugal',
      country: 'Portugal',
      linkedinUrl: url,
      emails: [
        { email: `bench.prospect${index}@acme-robotics.example`, status: 'valid', verifiedAt: Date.now() },
      ],
      positions: [
        {
          title: 'Head of Operations',
          company: 'Acme Robotics Inc',
          companyUrl: 'https://acme-robotics.example',
          companyLinkedIn: 'https://www.linkedin.com/company/acme-robotics',
        },
        { title: 'Operations Manager', company: 'Northwind Finance LLC' },
      ],
    },
  };
  return { key, url, record: { at: Date.now(), value } };
}

async function seed(session: ExtensionSession, from: number, to: number): Promise<string[]> {
  const urls: string[] = [];
  for (let start = from; start < to; start += 1000) {
    const entries: Record<string, unknown> = {};
    for (let index = start; index < Math.min(to, start + 1000); index++) {
      const item = prospect(index);
      entries[`cache:profile:${item.key}`] = item.record;
      urls.push(item.url);
    }
    await session.messenger.evaluate((values) => chrome.storage.local.set(values), entries);
  }
  return urls;
}

async function heap(call: CdpCall, gc: boolean): Promise<{ used: number; total: number }> {
  if (gc) await call('HeapProfiler.collectGarbage');
  const usage = await call('Runtime.getHeapUsage');
  return { used: Number(usage['usedSize'] ?? Number.NaN), total: Number(usage['totalSize'] ?? Number.NaN) };
}

async function measureAt(session: ExtensionSession, urls: readonly string[]): Promise<MemoryFigures> {
  await session.stopWorker();
  await session.send('getJobs');
  const call = await session.attachWorker();
  const idle = await heap(call, true);
  let peak = 0;
  const sampling = { on: true };
  const sampler = (async () => {
    while (sampling.on) {
      peak = Math.max(peak, (await heap(call, false)).used);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  // The side panel asks at most 2,000 URLs per message; ask for every cached profile.
  for (let start = 0; start < urls.length; start += 2000)
    await session.send('getProfiles', { urls: urls.slice(start, start + 2000) });
  sampling.on = false;
  await sampler;
  const used = await heap(call, false);
  peak = Math.max(peak, used.used);
  const collected = await heap(call, true);
  return {
    cached: urls.length,
    usedMb: used.used / MB,
    peakMb: peak / MB,
    usedAfterGcMb: collected.used / MB,
    totalMb: used.total / MB,
    idleMb: idle.used / MB,
  };
}

async function wakeUp(
  session: ExtensionSession,
  sandbox: { readonly url: string },
): Promise<Pick<WorkerFigures, 'wakeToFirstRequestMs' | 'wakeToAnswerMs'>> {
  await session.stopWorker();
  const before = await lastSeq(sandbox);
  const sentAt = Date.now();
  const answer = await session.send<{ ok: boolean; value?: { jobId: string } } | undefined>(
    'enrichProfiles',
    {
      urls: ['https://www.linkedin.com/in/wake-up-probe-1/'],
    },
  );
  const answeredAt = Date.now();
  // Let the probe's task finish, so its polls are not counted in the next section.
  for (let tries = 0; tries < 150 && answer?.value !== undefined; tries++) {
    const jobs = (await session.send<{ id: string; status: string }[] | undefined>('getJobs')) ?? [];
    const status = jobs.find((job) => job.id === answer.value?.jobId)?.status;
    if (status === undefined || ['done', 'failed', 'cancelled'].includes(status)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (let tries = 0; tries < 100; tries++) {
    const first = (await entries(sandbox)).find((entry) => entry.seq > before);
    if (first)
      return { wakeToFirstRequestMs: Date.parse(first.time) - sentAt, wakeToAnswerMs: answeredAt - sentAt };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { wakeToFirstRequestMs: null, wakeToAnswerMs: answeredAt - sentAt };
}

async function entries(sandbox: {
  readonly url: string;
}): Promise<{ seq: number; time: string; path: string }[]> {
  const body = (await (await fetch(`${sandbox.url}/__sandbox/log`)).json()) as {
    entries: { seq: number; time: string; path: string }[];
  };
  return body.entries.filter((entry) => !entry.path.startsWith('/__sandbox'));
}

async function lastSeq(sandbox: { readonly url: string }): Promise<number> {
  return (await entries(sandbox)).at(-1)?.seq ?? 0;
}

/** Section (6); the session must be connected to `sandbox`. */
export async function benchWorker(
  session: ExtensionSession,
  sandbox: { readonly url: string },
  progress: (line: string) => void,
): Promise<WorkerFigures> {
  const memory: MemoryFigures[] = [];
  let urls = await seed(session, 0, 1000);
  memory.push(await measureAt(session, urls));
  progress(`worker heap with 1,000 cached: ${memory[0]?.usedMb.toFixed(1)} MB`);
  urls = [...urls, ...(await seed(session, 1000, 10_000))];
  memory.push(await measureAt(session, urls));
  progress(`worker heap with 10,000 cached: ${memory[1]?.usedMb.toFixed(1)} MB`);
  const wake = await wakeUp(session, sandbox);
  progress(`wake-up to first API request: ${wake.wakeToFirstRequestMs ?? 'none'} ms`);
  return { memory, ...wake };
}
