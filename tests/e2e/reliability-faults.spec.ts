/**
 * Issue 7 §1: enrich 100 prospects and save each to two lists in the built extension while the sandbox
 * injects faults of every kind (token expiry mid-bulk, 401, 429 storms, 500/502/503, answers slower than the
 * client's 30 s timeout, malformed JSON, dropped connections before and after the call ran), the
 * browser goes offline and back, and the service worker is stopped mid-task over CDP.
 *
 * Then, from the sandbox: every saved prospect is in its list exactly once, no input was in two
 * paid starts the server ran, no 60-second window held more than 60 requests, and the jobs ended
 * done in storage and in the popup. Figures go to artifacts/reliability/faults.json for the README
 * (tests/reliability/report.ts).
 *
 * Its length is set by the rate limit, not by sleeps: every fault is a request, and the client
 * sends at most 60 a minute, so (≈240 requests of work + 200 faults + new tokens) / 60 ≈ 8 minutes.
 * Saves go by LinkedIn URL only: with an e-mail the background first asks get-prospects-by-email,
 * one more request per prospect.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { toProspectInput } from '../../lib/state/prospect-input';
import type { Prospect, ProspectInput } from '../../lib/messaging/protocol';
import { buildWorld } from '../sandbox/seed';
import { canonicalLinkedin } from '../sandbox/routes/lookup';
import {
  apiEntries,
  authForms,
  browserResends,
  busiestWindow,
  duplicateStarts,
  faultsByKind,
  listAudit,
} from '../reliability/fault-analysis';
import type { RunLogEntry, StateList } from '../reliability/fault-analysis';
import { createFaultPump, type FaultSpec } from '../reliability/fault-pump';
import { connectToSandbox, expect, test } from './fixtures';

const SIZE = Number(process.env['FAULT_RUN_PROSPECTS'] ?? 100);
/** Faults to apply (issue 7 asks for 200): every fault is one more request under the 60-a-minute limit. */
const TARGET_FAULTS = Number(process.env['FAULT_RUN_FAULTS'] ?? 200);
const ENRICH_JOB = 25;
/** Every enriched prospect is saved to each list in turn. */
const LISTS = ['Fault run', 'Fault run · campaign list'];
const START = 'linkedinProfilesStart';
const RESULT = 'linkedinProfilesResult';
const ADD = 'addProspectToList';
/** Just past the client's per-attempt timeout (lib/api/transport.ts, 30 s). */
const SLOW_MS = 31_000;

/** Starts spend credits: only refusals the client can tell apart (401, 429, expired token) hit them. */
const ENRICH_PLAN: FaultSpec[] = [
  { label: '401', kind: '401', route: START },
  { label: '500', kind: '500', route: RESULT },
  { label: '429', kind: '429', route: START, count: 3 },
  { label: '502', kind: '502', route: RESULT },
  { label: 'expire-token', kind: 'expire-token', route: RESULT },
  { label: '503', kind: '503', route: RESULT },
  { label: 'drop', kind: 'drop', route: RESULT },
  { label: 'expire-token', kind: 'expire-token', route: START },
  { label: 'drop-after', kind: 'drop', route: RESULT, after: true },
  { label: '401', kind: '401', route: RESULT },
];

/**
 * Saves are free and the server keeps one prospect per LinkedIn URL: every kind may hit them. Counts
 * stay inside the client's retry budgets (3 ambiguous failures, 4 refusals with 429, one 401 per call),
 * except the 429 ×5 storm, which pauses the whole queue for its Retry-After.
 */
const SAVE_PLAN: FaultSpec[] = [
  { label: '500', kind: '500', route: ADD, count: 2 },
  { label: '429', kind: '429', route: ADD, count: 4 },
  { label: '502', kind: '502', route: ADD, count: 2 },
  { label: 'drop', kind: 'drop', route: ADD, count: 2 },
  { label: 'slow', kind: 'slow', route: ADD, delayMs: SLOW_MS },
  { label: '503', kind: '503', route: ADD, count: 3 },
  { label: 'expire-token', kind: 'expire-token', route: ADD },
  { label: 'drop-after', kind: 'drop', route: ADD, after: true, count: 2 },
  { label: '401', kind: '401', route: ADD },
  { label: 'malformed-json', kind: 'malformed-json', route: ADD, count: 2 },
  { label: '429', kind: '429', route: ADD, count: 5 },
  { label: '500', kind: '500', route: ADD, count: 3 },
  { label: '429', kind: '429', route: ADD, count: 4 },
  { label: '502', kind: '502', route: ADD, count: 3 },
  { label: '429', kind: '429', route: ADD, count: 4 },
];

interface JobView {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly status: string;
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly errorKind?: string;
}

interface StoredQueue {
  readonly batches?: Record<
    string,
    { readonly taskHash?: string; readonly kind: string; readonly state: string }
  >;
  readonly blocked?: { readonly reason: string } | null;
}

/** Sends a protocol message from an extension page (webext-core's wire format) and unwraps `res`. */
async function send(page: Page, type: string, data: unknown): Promise<unknown> {
  const answer: unknown = await page.evaluate(
    async (message): Promise<unknown> =>
      chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), ...message, timestamp: Date.now() }),
    { type, data },
  );
  return (answer as { res?: unknown } | undefined)?.res;
}

async function jobs(page: Page): Promise<JobView[]> {
  return ((await send(page, 'getJobs', undefined)) as JobView[] | undefined) ?? [];
}

async function job(page: Page, id: string): Promise<JobView | undefined> {
  return (await jobs(page)).find((item) => item.id === id);
}

async function queue(page: Page): Promise<StoredQueue> {
  return page.evaluate(async () => ((await chrome.storage.local.get('queue'))['queue'] ?? {}) as StoredQueue);
}

/** Unique-named seeded people who are not CRM prospects yet (the server would keep the old record). */
function pickPeople(count: number) {
  const world = buildWorld({ seed: 20261101, balance: 25000 });
  const known = new Set(
    [...world.prospects.values()].flatMap((prospect) =>
      prospect.socialLinks['linkedIn'] ? [canonicalLinkedin(prospect.socialLinks['linkedIn'])] : [],
    ),
  );
  const names = new Map<string, number>();
  for (const person of world.people)
    names.set(
      `${person.firstName} ${person.lastName}`,
      (names.get(`${person.firstName} ${person.lastName}`) ?? 0) + 1,
    );
  return world.people
    .filter(
      (person) =>
        !known.has(canonicalLinkedin(person.linkedinUrl)) &&
        names.get(`${person.firstName} ${person.lastName}`) === 1,
    )
    .slice(0, count);
}

/** What the user saves: the enriched prospect, by its LinkedIn URL (see the header). */
function toSave(prospect: Prospect): ProspectInput {
  const input = toProspectInput(prospect);
  if (!input) throw new Error(`nothing to save for ${prospect.key}`);
  const rest = { ...input };
  delete rest.email;
  delete rest.customFields;
  return rest;
}

function expectedName(input: ProspectInput): string {
  return `${input.firstName ?? ''} ${input.lastName ?? ''}`;
}

/** The disruptions the test makes itself, besides the sandbox's faults. */
function createDisruptions(context: BrowserContext, page: Page) {
  const counts = { 'service worker stopped': 0, offline: 0 };
  const offlineNoticedMs: number[] = [];
  return {
    counts,
    offlineNoticedMs,
    total: () => counts['service worker stopped'] + counts.offline,
    stopWorker: async (): Promise<void> => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      counts['service worker stopped']++;
    },
    /**
     * Offline until the queue has noticed (it pauses), then back online. The queue notices when a request
     * is refused offline: a batch waiting for a poll or a rate slot looks at navigator.onLine every 3 s. A
     * queue paused for a 429 notices only when that pause ends (up to a minute), so the wait allows 90 s;
     * how long each spell took to be noticed is printed and written to faults.json.
     */
    offline: async (): Promise<void> => {
      await context.setOffline(true);
      const wentOffline = Date.now();
      counts.offline++;
      await expect
        .poll(
          async () => {
            const state = await queue(page);
            if (process.env['FAULT_RUN_DEBUG'])
              console.log(
                new Date().toISOString(),
                JSON.stringify({
                  blocked: state.blocked,
                  batches: state.batches,
                  onLine: await context.serviceWorkers()[0]?.evaluate(() => navigator.onLine),
                }),
              );
            return state.blocked?.reason;
          },
          { timeout: 90_000, intervals: [1000] },
        )
        .toBe('offline');
      offlineNoticedMs.push(Date.now() - wentOffline);
      await context.setOffline(false);
    },
  };
}

test.describe('reliability under faults', () => {
  test(`saves and enriches ${SIZE} prospects through ${TARGET_FAULTS}+ faults: none lost, no paid start twice`, async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    test.setTimeout(16 * 60_000);
    const started = Date.now();
    await connectToSandbox(worker, sandbox.url);
    // Retry-After: 1 s on 429s, and tasks that take 4 s, so a stop lands while tasks are in flight.
    await sandbox.control('config', { retryAfterHeader: 1, taskLatencyMs: 4000 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const disrupt = createDisruptions(context, page);
    const pump = createFaultPump(sandbox.url, () => TARGET_FAULTS - disrupt.total());

    const people = pickPeople(SIZE);
    expect(people).toHaveLength(SIZE);
    const urls = people.map((person) => person.linkedinUrl);

    // Phase 1: enrichment, in jobs of 25 (three task batches each, all in flight together).
    await pump.setPlan(ENRICH_PLAN);
    for (let from = 0; from < SIZE; from += ENRICH_JOB) {
      const result = (await send(page, 'enrichProfiles', { urls: urls.slice(from, from + ENRICH_JOB) })) as {
        ok: boolean;
        value?: { jobId: string };
      };
      expect(result.ok).toBe(true);
      const jobId = result.value?.jobId ?? '';
      // Every start has its hash committed: a stop now is mid-task, never mid-start.
      const batchCount = Math.ceil(Math.min(ENRICH_JOB, SIZE - from) / 10);
      await expect
        .poll(
          async () => {
            const hashes = Object.values((await queue(page)).batches ?? {}).filter(
              (batch) => batch.taskHash !== undefined,
            );
            return hashes.length >= batchCount || (await job(page, jobId))?.status === 'done';
          },
          { timeout: 60_000 },
        )
        .toBe(true);
      if ((from / ENRICH_JOB) % 2 === 0) await disrupt.stopWorker();
      else await disrupt.offline();
      await expect.poll(async () => (await job(page, jobId))?.status, { timeout: 180_000 }).toBe('done');
    }
    const say = (what: string): void => {
      console.log(
        `[fault run] ${Math.round((Date.now() - started) / 1000)} s: ${what}; faults so far ${pump.total() + disrupt.total()} ${JSON.stringify({ ...pump.applied, ...disrupt.counts })}`,
      );
    };
    say('enrichment done');
    const profiles = (await send(page, 'getProfiles', { urls })) as Record<
      string,
      { status: string; prospect?: Prospect }
    >;
    const enriched = urls.flatMap((url) =>
      profiles[url]?.status === 'done' && profiles[url].prospect ? [profiles[url].prospect] : [],
    );
    expect(enriched).toHaveLength(SIZE);

    // Phase 2: save them all to two new lists in turn (a working list, then a campaign's), with stops
    // and offline spells at set points of each save job's progress.
    const inputs = enriched.map(toSave);
    const listIds: number[] = [];
    await pump.setPlan(SAVE_PLAN);
    for (const name of LISTS) {
      const list = (await send(page, 'createList', { name })) as { ok: boolean; value?: { id: number } };
      expect(list.ok).toBe(true);
      const listId = list.value?.id ?? 0;
      listIds.push(listId);
      const saved = (await send(page, 'addToList', { listId, prospects: inputs })) as {
        ok: boolean;
        value?: { jobId: string };
      };
      expect(saved.ok).toBe(true);
      const saveJob = saved.value?.jobId ?? '';
      const progress = async () => {
        const view = await job(page, saveJob);
        return (view?.done ?? 0) + (view?.failed ?? 0);
      };
      const events: [number, () => Promise<void>][] = [
        [0.15, disrupt.stopWorker],
        [0.25, disrupt.offline],
        [0.4, disrupt.stopWorker],
        [0.6, disrupt.stopWorker],
        [0.7, disrupt.offline],
        [0.8, disrupt.stopWorker],
      ];
      for (const [share, disruption] of events) {
        await expect
          .poll(progress, { timeout: 240_000, intervals: [500] })
          .toBeGreaterThanOrEqual(Math.floor(share * SIZE));
        await disruption();
        say(`"${name}": saves at ${Math.round(share * 100)} %`);
      }
      await expect.poll(async () => (await job(page, saveJob))?.status, { timeout: 300_000 }).toBe('done');
    }
    await pump.stop();

    // The sandbox's view.
    const log = (await sandbox.log()) as unknown as RunLogEntry[];
    const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as { lists: StateList[] };
    const audits = listIds.map((id) =>
      listAudit(
        state.lists.find((item) => item.id === id),
        inputs.map(expectedName),
      ),
    );
    const audit = {
      lost: audits.flatMap((one) => one.lost),
      duplicated: audits.flatMap((one) => one.duplicated),
      extra: audits.flatMap((one) => one.extra),
    };
    const duplicates = duplicateStarts(log, START, 'urls');
    // What the client sent, by arrival time: the browser's own resends of dropped requests are folded
    // into the request they repeat (fault-analysis.ts says why); the raw figure is printed beside it.
    const resends = browserResends(log);
    const busiest = busiestWindow(log, 60_000, resends);
    const busiestRaw = busiestWindow(log);
    const finalJobs = await jobs(page);
    const failedEntries = await page.evaluate(async () => {
      const stored = (await chrome.storage.local.get('queue'))['queue'] as
        { entries?: Record<string, { key: string; state: string; error?: unknown }> } | undefined;
      return Object.values(stored?.entries ?? {})
        .filter((entry) => entry.state === 'failed')
        .map((entry) => ({ key: entry.key, error: entry.error }));
    });
    mkdirSync(path.resolve('artifacts/reliability'), { recursive: true });
    writeFileSync(path.resolve('artifacts/reliability/faults-log.json'), JSON.stringify(apiEntries(log)));
    const figures = {
      date: new Date().toISOString(),
      prospectsEnriched: enriched.length,
      prospectsSaved: inputs.length * listIds.length - audit.lost.length,
      lists: listIds.length,
      lost: audit.lost.length,
      duplicatedInList: audit.duplicated.length,
      duplicateStarts: duplicates.length,
      paidStarts: apiEntries(log).filter((entry) => entry.route === START && entry.task === 'start').length,
      faultsInjected: { ...pump.applied, ...disrupt.counts },
      faultsTotal: pump.total() + disrupt.total(),
      offlineNoticedMs: disrupt.offlineNoticedMs,
      faultsSeenBySandbox: faultsByKind(log),
      apiRequests: apiEntries(log).length,
      busiest60sWindow: busiest,
      busiest60sWindowRaw: busiestRaw,
      browserResends: resends.size,
      sandboxRateRefusals: apiEntries(log).filter((entry) => entry.status === 429 && entry.fault === null)
        .length,
      authForms: authForms(log),
      failedEntries,
      jobs: finalJobs.map((view) => ({
        label: view.label,
        status: view.status,
        done: view.done,
        failed: view.failed,
      })),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(path.resolve('artifacts/reliability/faults.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      `[fault run] faults injected by kind: ${JSON.stringify(figures.faultsInjected)} (total ${figures.faultsTotal})`,
    );
    console.log(
      `[fault run] prospects saved: ${figures.prospectsSaved}, enriched: ${figures.prospectsEnriched}, lost: ${figures.lost}, duplicate starts: ${figures.duplicateStarts}, busiest 60 s window: ${busiest} requests (${busiestRaw} arrivals with ${resends.size} browser resends), ${figures.seconds} s`,
    );
    console.log(`[fault run] offline noticed after (ms): ${figures.offlineNoticedMs.join(', ')}`);

    expect(audit).toEqual({ lost: [], duplicated: [], extra: [] });
    expect(duplicates).toEqual([]);
    expect(busiest).toBeLessThanOrEqual(60);
    expect(figures.sandboxRateRefusals).toBe(0);
    // The pump feeds faults only while work is in flight; two save jobs leave it room for all of them
    // (one job of 100 saves landed 164 of 200).
    expect(figures.faultsTotal).toBeGreaterThanOrEqual(TARGET_FAULTS);
    for (const kind of [
      '401',
      '429',
      '500',
      '502',
      '503',
      'slow',
      'malformed-json',
      'drop',
      'drop-after',
      'expire-token',
    ])
      expect(pump.applied[kind], kind).toBeGreaterThan(0);
    expect(disrupt.counts['service worker stopped']).toBeGreaterThanOrEqual(3);
    // The Authorization header was only ever a valid bearer, or one a fault had expired (never absent or malformed).
    expect(
      Object.keys(figures.authForms).filter(
        (form) => !['bearer-valid', 'bearer-expired', 'none'].includes(form),
      ),
    ).toEqual([]);
    // The UI's truth: every job done with nothing failed, and the popup says so.
    for (const view of finalJobs) expect(view, view.label).toMatchObject({ status: 'done', failed: 0 });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The run ends with the rate window full. The popup shows the last connection check at once and its
    // refresh waits for a slot like every other call; the ceiling stays one window in case no check
    // succeeded during the run (a fault answered it), when the popup must wait for a fresh one.
    await expect(popup.getByRole('list', { name: 'Background work' })).toContainText(
      `Done · ${SIZE} of ${SIZE} done`,
      { timeout: 75_000 },
    );
  });
});
