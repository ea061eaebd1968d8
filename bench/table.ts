/** Turns the figures into rows with their targets beside them; a miss is a row like any other. */
import type { ApiFigures } from './api';
import type { EntrySize } from './bundles';
import type { DetectionFigures } from './detect/run';
import type { WorkerFigures } from './memory';
import type { SurfaceFigures } from './ui';

export interface Row {
  readonly section: string;
  readonly metric: string;
  readonly figure: string;
  readonly target: string;
  readonly verdict: 'ok' | 'MISS' | '';
}

export interface Figures {
  readonly detection?: DetectionFigures | undefined;
  readonly bundles?: { readonly sizes: EntrySize[] } | undefined;
  readonly ui?: SurfaceFigures[] | undefined;
  readonly api?: ApiFigures | undefined;
  readonly worker?: WorkerFigures | undefined;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const check = (isOk: boolean): Row['verdict'] => (isOk ? 'ok' : 'MISS');

function detectionRows(detection: DetectionFigures): Row[] {
  const rows: Row[] = [];
  for (const page of detection.pages) {
    const isTarget = page.page === 'search-1000';
    rows.push({
      section: '1 detection',
      metric: `${page.page} first pass: median / p95 (CPU median)`,
      figure: `${ms(page.ours.median)} / ${ms(page.ours.p95)} (${ms(page.oursCpu.median)})`,
      target: isTarget ? '≤ 5 ms median' : '',
      verdict: isTarget ? check(page.ours.median <= 5) : '',
    });
    if (page.floor)
      rows.push({
        section: '1 detection',
        metric: `${page.page} floor: a reader keyed to the page's class names, by row / by column`,
        figure: `${ms(page.floor.rows.median)} / ${ms(page.floor.columns.median)}`,
        target: '',
        verdict: '',
      });
  }
  const { perBatch, idle, noisyIdle } = detection.scroll;
  rows.push({
    section: '1 detection',
    metric: `scroll, ${detection.scroll.batches}×${detection.scroll.batchSize} results: per batch median / p95`,
    figure: `${ms(perBatch.median)} / ${ms(perBatch.p95)}`,
    target: '≤ 0.5 ms',
    verdict: check(perBatch.median <= 0.5),
  });
  const codeOnly = detection.scroll.perBatchWithoutMessage;
  rows.push({
    section: '1 detection',
    metric: 'scroll per batch without serialising the report (median / p95)',
    figure: `${ms(codeOnly.median)} / ${ms(codeOnly.p95)}`,
    target: '',
    verdict: '',
  });
  rows.push({
    section: '1 detection',
    metric: 'idle 2 s: our time / calls',
    figure: `${ms(idle.ms)} / ${idle.calls}`,
    target: '0',
    verdict: check(idle.ms === 0 && idle.calls === 0),
  });
  rows.push({
    section: '1 detection',
    metric: 'idle 2 s, page ticking text every 50 ms: our time / calls',
    figure: `${ms(noisyIdle.ms)} / ${noisyIdle.calls}`,
    target: '',
    verdict: '',
  });
  for (const page of detection.pages) {
    const { ours, baseline } = page.accuracy;
    rows.push({
      section: '2 baseline',
      metric: `${page.page}: baseline / ours time; P/R ours vs baseline`,
      figure: `${(page.baseline.median / page.ours.median).toFixed(2)}× (${ms(page.baseline.median)}); ${pct(ours.precision)}/${pct(ours.recall)} vs ${pct(baseline.precision)}/${pct(baseline.recall)}`,
      target: '≥ 3× faster; P and R ≥ baseline',
      verdict: check(
        page.baseline.median / page.ours.median >= 3 &&
          ours.precision >= baseline.precision &&
          ours.recall >= baseline.recall,
      ),
    });
  }
  return rows;
}

function bundleRows(sizes: readonly EntrySize[]): Row[] {
  return sizes.map((size) => {
    const polyfill = size.polyfillMinified === null ? '?' : kb(size.polyfillMinified);
    const isContent = size.kind === 'content';
    return {
      section: '3 bundles',
      metric: `${size.entry} (${size.kind}): minified / gzipped (polyfill part)`,
      figure: `${kb(size.minified)} / ${kb(size.gzipped)} (${polyfill})`,
      target: isContent ? '≤ 25 kB minified' : '',
      verdict: isContent ? check(size.minified <= 25_000) : '',
    };
  });
}

function uiRows(surfaces: readonly SurfaceFigures[]): Row[] {
  const targets: Record<SurfaceFigures['surface'], number | undefined> = {
    popup: 100,
    sidepanel: 150,
    dashboard: undefined,
  };
  return surfaces.flatMap((surface): Row[] => {
    const target = targets[surface.surface];
    const cached = surface.cached?.median;
    return [
      {
        section: '4 UI',
        metric: `${surface.surface} first render, cached state: median (API requests)`,
        figure:
          cached === undefined
            ? `not measured${surface.note ? `: ${surface.note}` : ''}`
            : `${ms(cached)} (${surface.requestsCached})`,
        target: target === undefined ? '' : `≤ ${target} ms`,
        verdict: target === undefined ? '' : check(cached !== undefined && cached <= target),
      },
      {
        section: '4 UI',
        metric: `${surface.surface} first render, worker asleep + sandbox round trip: median (API requests)`,
        figure:
          surface.roundTrip === null
            ? 'not measured'
            : `${ms(surface.roundTrip.median)} (${surface.requestsRoundTrip})`,
        target: '',
        verdict: '',
      },
    ];
  });
}

function apiRows(api: ApiFigures): Row[] {
  const rows = api.scenarios.map((scenario): Row => {
    const { first } = scenario;
    const isEnrich = scenario.name.startsWith('enrich');
    const detail = `${first.total} (${first.starts} starts, ${first.polls} polls, ${first.others} other) vs floor ${scenario.lowerBound} = ${scenario.ratio.toFixed(2)}×; ${(first.wallMs / 1000).toFixed(1)} s; ${first.credits} credits; again: ${scenario.repeat.total}`;
    return {
      section: '5 API',
      metric: scenario.name,
      figure: first.ok ? detail : `failed (${first.error ?? '?'}): ${detail}`,
      target: isEnrich ? '≤ 1.25× floor; again 0' : 'again 0',
      verdict: check(first.ok && scenario.repeat.total === 0 && (!isEnrich || scenario.ratio <= 1.25)),
    };
  });
  rows.push({
    section: '5 API',
    metric: 'busiest 60 s window (429s)',
    figure: `${api.busiestMinute} requests (${api.rateLimited})`,
    target: '≤ 60',
    verdict: check(api.busiestMinute <= 60),
  });
  return rows;
}

function workerRows(worker: WorkerFigures): Row[] {
  const rows = worker.memory.map((memory): Row => ({
    section: '6 worker',
    metric: `heap with ${memory.cached.toLocaleString('en')} cached prospects, all read: peak used (heap size; after GC; idle worker)`,
    figure: `${memory.peakMb.toFixed(1)} MB (${memory.totalMb.toFixed(1)}; ${memory.usedAfterGcMb.toFixed(1)}; ${memory.idleMb.toFixed(1)})`,
    target: memory.cached === 1000 ? '≤ 15 MB' : '',
    verdict: memory.cached === 1000 ? check(Math.max(memory.peakMb, memory.totalMb) <= 15) : '',
  }));
  rows.push({
    section: '6 worker',
    metric: 'wake-up to first API request (to the answer)',
    figure:
      worker.wakeToFirstRequestMs === null
        ? 'no request seen'
        : `${worker.wakeToFirstRequestMs} ms (${worker.wakeToAnswerMs ?? '?'} ms)`,
    target: '',
    verdict: '',
  });
  return rows;
}

/** Every row, section by section. */
export function tableRows(figures: Figures): Row[] {
  return [
    ...(figures.detection ? detectionRows(figures.detection) : []),
    ...(figures.bundles ? bundleRows(figures.bundles.sizes) : []),
    ...(figures.ui ? uiRows(figures.ui) : []),
    ...(figures.api ? apiRows(figures.api) : []),
    ...(figures.worker ? workerRows(figures.worker) : []),
  ];
}

/** A Markdown table (printed and written to the README). */
export function markdown(rows: readonly Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const lines = rows.map(
    (row) =>
      `| ${row.section} | ${escape(row.metric)} | ${escape(row.figure)} | ${escape(row.target)} | ${row.verdict} |`,
  );
  return ['| § | Measure | Figure | Target | |', '| --- | --- | --- | --- | --- |', ...lines].join('\n');
}
