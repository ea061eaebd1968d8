/**
 * (1) + (2): detection cost in real Chromium, ours beside the baseline, on generated pages; then the
 * infinite-scroll run and the idle check. Each timed run loads the page afresh (a content script's
 * first pass runs cold), injects both bundles, and alternates which goes first.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import type { LinkedInPageSnapshot } from '../../lib/content/linkedin-page';
import type { PageEvidence } from '../../lib/detect/page-evidence';
import { CHROMIUM, QUIET_FLAGS } from '../../tests/e2e/launch';
import { createMailLists } from '../../lib/detect/mail-lists';
import { mailListData } from '../../lib/detect/mail-list-data';
import { summarize, type Summary } from '../lib/stats';
import { companyAccuracy, searchAccuracy, type Accuracy } from './accuracy';
import { buildPageBundles, type PageBundles } from './bundle';
import { companyPage, type CompanyTruth } from './company-page';
import type { GeneratedPage } from './html';
import type { BaselineResult, ScrollRunResult } from './types';
import { scrollPage } from './scroll-page';
import { SEARCH_URL, searchPage, type SearchTruthRow } from './search-page';

/** One page's figures. */
export interface PageFigures {
  readonly page: string;
  readonly kind: 'search' | 'company';
  readonly size: number;
  /** Wall-clock time of the first pass (performance.now in the page). */
  readonly ours: Summary;
  readonly baseline: Summary;
  /** Main-thread CPU time of the same passes (CDP ThreadTime, minus an empty evaluate's): robust to a loaded machine. */
  readonly oursCpu: Summary;
  readonly baselineCpu: Summary;
  /** Search pages only: the baseline reduced to its LinkedIn regex over the links. */
  readonly baselineLinksOnly?: Summary;
  /** Search pages only: the floor readers (page-floor.ts), one row at a time and one column at a time. */
  readonly floor?: { readonly rows: Summary; readonly columns: Summary };
  readonly ratio: number;
  readonly accuracy: {
    readonly ours: Accuracy;
    readonly baseline: Accuracy;
    readonly oursFieldsRight?: number;
    readonly detail?: unknown;
  };
}

/** Everything sections (1) and (2) report. */
export interface DetectionFigures {
  readonly runs: number;
  readonly crossOriginIsolated: boolean;
  readonly bundleBytes: { readonly ours: number; readonly baseline: number };
  readonly pages: PageFigures[];
  readonly scroll: {
    readonly batches: number;
    readonly batchSize: number;
    readonly perBatch: Summary;
    readonly perBatchWithoutMessage: Summary;
    readonly reported: number;
    readonly idle: ScrollRunResult['idle'];
    readonly noisyIdle: ScrollRunResult['noisyIdle'];
  };
}

type AnyPage = GeneratedPage<SearchTruthRow[]> | GeneratedPage<CompanyTruth>;

async function load(
  page: Page,
  serve: { html: string; bundles: PageBundles },
  generated: { url: string; html: string },
): Promise<void> {
  serve.html = generated.html;
  await page.goto(generated.url, { waitUntil: 'load' });
  await page.addScriptTag({ content: serve.bundles.ours });
  await page.addScriptTag({ content: serve.bundles.baseline });
  if (generated.url === SEARCH_URL) await page.addScriptTag({ content: serve.bundles.floor });
}

/** Times a floor reader in a freshly loaded page; it must have read every row. */
async function floorPass(
  page: Page,
  serve: { html: string; bundles: PageBundles },
  generated: GeneratedPage<SearchTruthRow[]>,
  mode: 'rows' | 'columns',
): Promise<number> {
  await load(page, serve, generated);
  const run = await page.evaluate((which) => {
    const floor = window.prospectorFloor;
    if (!floor) throw new Error('floor bundle missing');
    return floor.pass(which);
  }, mode);
  if (run.rows !== generated.truth.length)
    throw new Error(`floor ${mode} read ${run.rows} of ${generated.truth.length} rows`);
  return run.ms;
}

interface OursResult {
  search: LinkedInPageSnapshot | undefined;
  company: PageEvidence | undefined;
}

/** Runs `run` in the page and returns its wall time and the main thread's CPU time (CDP ThreadTime). */
async function timed(
  page: Page,
  cdp: CDPSession,
  run: () => Promise<number>,
): Promise<{ ms: number; cpuMs: number }> {
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')
      ?.value ?? Number.NaN;
  const before = await threadTime();
  const ms = await run();
  const cpuMs = ((await threadTime()) - before) * 1000;
  return { ms, cpuMs };
}

// Results stay in the page until the timing is read, so serialising them is not counted.
const oursPass = (page: Page, kind: 'search' | 'company') =>
  page.evaluate((which) => {
    const bench = window.prospectorBench;
    if (!bench) throw new Error('bundle missing');
    const run = which === 'search' ? bench.searchPass() : bench.companyPass();
    window.prospectorLast = run;
    return run.ms;
  }, kind);

const baselinePass = (page: Page, mode: 'full' | 'links') =>
  page.evaluate((which) => {
    const baseline = window.prospectorBaseline;
    if (!baseline) throw new Error('baseline missing');
    const run = baseline.pass(which);
    window.prospectorLast = run;
    return run.ms;
  }, mode);

const lastResult = <T>(page: Page): Promise<T> => page.evaluate(() => window.prospectorLast) as Promise<T>;

async function measurePage(
  { page, cdp }: { readonly page: Page; readonly cdp: CDPSession },
  serve: { html: string; bundles: PageBundles },
  generated: AnyPage,
  runs: number,
): Promise<PageFigures> {
  const kind = generated.name.startsWith('search') ? 'search' : 'company';
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const theirs: number[] = [];
  const theirsCpu: number[] = [];
  const overhead: number[] = [];
  const linksOnly: number[] = [];
  const floorRows: number[] = [];
  const floorColumns: number[] = [];
  let first: { ours: OursResult; baseline: BaselineResult } | undefined;
  for (let run = 0; run < runs; run++) {
    await load(page, serve, generated);
    overhead.push((await timed(page, cdp, () => page.evaluate(() => 0))).cpuMs);
    const measureOurs = async () => {
      const time = await timed(page, cdp, () => oursPass(page, kind));
      const result = await lastResult<{ snapshot?: LinkedInPageSnapshot; evidence?: PageEvidence }>(page);
      return { time, result: { search: result.snapshot, company: result.evidence } };
    };
    const a = run % 2 === 0 ? await measureOurs() : undefined;
    const b = await timed(page, cdp, () => baselinePass(page, 'full'));
    const baseline = await lastResult<{ result: BaselineResult }>(page);
    const c = a ?? (await measureOurs());
    ours.push(c.time.ms);
    oursCpu.push(c.time.cpuMs);
    theirs.push(b.ms);
    theirsCpu.push(b.cpuMs);
    first ??= { ours: c.result, baseline: baseline.result };
    if (kind === 'search') {
      await load(page, serve, generated);
      linksOnly.push(await baselinePass(page, 'links'));
      const search = generated as GeneratedPage<SearchTruthRow[]>;
      floorRows.push(await floorPass(page, serve, search, 'rows'));
      floorColumns.push(await floorPass(page, serve, search, 'columns'));
    }
  }
  if (!first) throw new Error('no runs');
  const size = Number(generated.name.split('-')[1]);
  const accuracy =
    kind === 'search'
      ? searchAccuracy(generated.truth as SearchTruthRow[], first.ours.search, first.baseline)
      : companyAccuracy(
          generated.truth as CompanyTruth,
          first.ours.company ?? { pageUrl: '', organizations: [], emails: [], linkedInLinks: [] },
          first.baseline,
          createMailLists(mailListData),
        );
  const oursSummary = summarize(ours);
  const baselineSummary = summarize(theirs);
  const evaluateCpu = summarize(overhead).median;
  return {
    page: generated.name,
    kind,
    size,
    ours: oursSummary,
    baseline: baselineSummary,
    oursCpu: summarize(oursCpu.map((value) => Math.max(0, value - evaluateCpu))),
    baselineCpu: summarize(theirsCpu.map((value) => Math.max(0, value - evaluateCpu))),
    ...(kind === 'search'
      ? {
          baselineLinksOnly: summarize(linksOnly),
          floor: { rows: summarize(floorRows), columns: summarize(floorColumns) },
        }
      : {}),
    ratio: oursSummary.median / baselineSummary.median,
    accuracy,
  };
}

/** Runs sections (1) and (2). `progress` prints one line per page. */
export async function benchDetection(options: {
  readonly runs: number;
  readonly progress: (line: string) => void;
}): Promise<DetectionFigures> {
  const bundles = await buildPageBundles();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS });
  try {
    const page = await browser.newPage();
    const serve = { html: '', bundles };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    await page.route('**/*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
        body: serve.html,
      }),
    );
    const generated: AnyPage[] = [
      searchPage(10),
      searchPage(100),
      searchPage(1000),
      companyPage(100),
      companyPage(1000),
      companyPage(5000),
    ];
    const pages: PageFigures[] = [];
    for (const item of generated) {
      const figures = await measurePage({ page, cdp }, serve, item, options.runs);
      options.progress(
        `${item.name}: ours ${figures.ours.median.toFixed(2)} ms (cpu ${figures.oursCpu.median.toFixed(2)}), baseline ${figures.baseline.median.toFixed(2)} ms (cpu ${figures.baselineCpu.median.toFixed(2)})${figures.floor ? `, floor ${figures.floor.rows.median.toFixed(2)} by row / ${figures.floor.columns.median.toFixed(2)} by column` : ''}`,
      );
      pages.push(figures);
    }
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const scroll = scrollPage(100, 10);
    const scrollRun = async (serialize: boolean) => {
      await load(page, serve, scroll);
      return page.evaluate(async (withMessage) => {
        const bench = window.prospectorBench;
        if (!bench) throw new Error('bundle missing');
        return bench.scrollRun({ batches: 100, idleMs: 2000, serialize: withMessage });
      }, serialize);
    };
    const run = await scrollRun(true);
    // Without serialising the report: what our code costs apart from the protocol's full-list message.
    const codeOnly = await scrollRun(false);
    options.progress(`scroll: ${run.batchMs.length} batches, ${run.reported} reported`);
    return {
      runs: options.runs,
      crossOriginIsolated: isolated,
      bundleBytes: { ours: bundles.ours.length, baseline: bundles.baseline.length },
      pages,
      scroll: {
        batches: 100,
        batchSize: 10,
        perBatch: summarize(run.batchMs),
        perBatchWithoutMessage: summarize(codeOnly.batchMs),
        reported: run.reported,
        idle: run.idle,
        noisyIdle: run.noisyIdle,
      },
    };
  } finally {
    await browser.close();
  }
}
