/**
 * `npm run bench`: builds the extension, measures detection (ours beside the baseline), bundle
 * sizes, UI first render, API economy against the sandbox and the service worker's memory, prints
 * one table with the targets beside the figures and writes bench/results.json. `npx tsx
 * bench/report.ts` then rewrites the README's "Benchmarks" section from that file.
 *
 * BENCH_RUNS (default 20) sets the runs per detection page; BENCH_ONLY=detection,bundles,ui,api,worker
 * runs a subset.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startSandbox } from '../tests/sandbox/server';
import { connectToSandbox, extensionWorker } from '../tests/e2e/launch';
import { benchApi } from './api';
import { benchBundles } from './bundles';
import { companyPage } from './detect/company-page';
import { benchDetection } from './detect/run';
import { openExtension, type ExtensionSession } from './lib/extension';
import { currentLoad, describeMachine } from './lib/machine';
import { benchWorker } from './memory';
import { markdown, tableRows, type Figures } from './table';
import { benchUi } from './ui';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const only = new Set((process.env['BENCH_ONLY'] ?? 'bundles,detection,api,ui,worker').split(','));
const started = performance.now();
const errors: Record<string, string> = {};
const loadBySection: Record<string, number> = {};

function progress(line: string): void {
  console.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}`);
}

async function section<T>(name: string, work: () => Promise<T> | T): Promise<T | undefined> {
  if (!only.has(name)) return undefined;
  progress(`${name}… (load average ${currentLoad()})`);
  loadBySection[name] = currentLoad();
  try {
    return await work();
  } catch (error) {
    errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    progress(`${name} failed: ${String(error).split('\n')[0] ?? ''}`);
    return undefined;
  }
}

async function startSite(): Promise<{ url: string; close: () => void }> {
  const page = companyPage(100);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/about/team`, close: () => server.close() };
}

async function drainRateWindow(sandboxUrl: string): Promise<void> {
  const body = (await (await fetch(`${sandboxUrl}/__sandbox/log`)).json()) as {
    entries: { time: string; path: string }[];
  };
  const last = body.entries.filter((entry) => !entry.path.startsWith('/__sandbox')).at(-1);
  const waitMs = last === undefined ? 0 : Math.min(61_000, Date.parse(last.time) + 61_000 - Date.now());
  if (waitMs > 0) progress(`waiting ${(waitMs / 1000).toFixed(0)} s for the rate window to empty`);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}

type Collected = { -readonly [K in keyof Figures]: Figures[K] | undefined };

async function withExtension(figures: Collected): Promise<void> {
  if (!['api', 'ui', 'worker'].some((name) => only.has(name))) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'pipe' });
  const sandbox = await startSandbox({ port: 0, taskLatencyMs: [1000, 3000] });
  const site = await startSite();
  let session: ExtensionSession | undefined;
  try {
    session = await openExtension(path.join(root, '.output/chrome-mv3-e2e'));
    await connectToSandbox(await extensionWorker(session.context), sandbox.url);
    const connected = session;
    // UI first: the API section fills the 60-requests-a-minute window, and the UI's balance refresh
    // would then wait for a free slot.
    figures.ui = await section('ui', () =>
      // Popup and side panel: 9 opens each, a few balance refreshes. The dashboard's 4 round trips ask for
      // everything (14 requests with the seeded account) and start with an empty window.
      benchUi(connected, {
        sandboxUrl: sandbox.url,
        siteUrl: site.url,
        runs: 4,
        drainRateWindow: () => drainRateWindow(sandbox.url),
      }),
    );
    // The wake-up figure is the time to the first request, not to a free slot.
    figures.worker = await section('worker', async () => {
      await drainRateWindow(sandbox.url);
      return benchWorker(connected, sandbox, progress);
    });
    // The API section starts with an empty rate window, so its wall times measure tasks, not the earlier sections.
    figures.api = await section('api', async () => {
      await drainRateWindow(sandbox.url);
      return benchApi(connected, sandbox, progress);
    });
  } finally {
    await session?.close();
    site.close();
    await sandbox.close();
  }
}

async function main(): Promise<void> {
  const machine = describeMachine();
  progress(
    `${machine.nproc} × ${machine.cpuModel}, Node ${machine.node}, ${machine.chromium}, load ${machine.loadAverage.join(' ')}`,
  );
  const figures: Collected = {};
  figures.bundles = await section('bundles', () => benchBundles(root, progress));
  figures.detection = await section('detection', () => benchDetection({ runs, progress }));
  await withExtension(figures).catch((error: unknown) => {
    errors['extension'] = String(error);
  });
  const rows = tableRows(figures);
  const seconds = (performance.now() - started) / 1000;
  const results = {
    date: new Date().toISOString(),
    machine,
    loadAtEnd: currentLoad(),
    loadBySection,
    runSeconds: Math.round(seconds),
    runs,
    rows,
    figures,
    errors,
  };
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdown(rows)}\n`);
  const misses = rows.filter((row) => row.verdict === 'MISS').length;
  console.log(
    `${rows.length} figures, ${misses} targets missed, ${Object.keys(errors).length} sections failed; ${seconds.toFixed(0)} s; load average ${machine.loadAverage[0]} → ${currentLoad()} on ${machine.nproc} cores.`,
  );
  console.log('Wrote bench/results.json; `npx tsx bench/report.ts` updates the README.');
  for (const [name, error] of Object.entries(errors)) console.log(`\n${name} failed:\n${error}`);
}

await main();
