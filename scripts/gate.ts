/**
 * `npm test`: the one gate. Runs every check in order, each as a named section, stops at the first
 * failure, and ends with one plain line `N passed, N failed` counted from the runners' JSON reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

// Not under test-results/: Playwright empties that folder when it starts.
const reports = path.resolve('.gate-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = path.join(reports, 'vitest.json');
const playwrightJson = path.join(reports, 'playwright.json');
const firefoxJson = path.join(reports, 'firefox.json');
const buildJson = path.join(reports, 'build-checks.json');

interface Step {
  readonly name: string;
  readonly command: string;
  readonly env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'browsers', command: 'bash scripts/ensure-browsers.sh' },
  { name: 'prepare', command: 'npx wxt prepare' },
  { name: 'typecheck', command: 'npx tsc --noEmit' },
  { name: 'lint', command: 'npx eslint . --max-warnings=0' },
  { name: 'format', command: 'npx prettier --check .' },
  { name: 'unit', command: 'npx vitest run', env: { VITEST_JSON: vitestJson } },
  { name: 'build chrome', command: 'npx wxt build' },
  { name: 'build firefox', command: 'npx wxt build -b firefox --mv3' },
  {
    name: 'manifest checks',
    command: 'npx vitest run --config vitest.build.config.ts',
    env: { VITEST_JSON: buildJson },
  },
  {
    name: 'web-ext lint',
    command: 'npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted --warnings-as-errors',
  },
  { name: 'build chrome (e2e variant)', command: 'npx wxt build --mode e2e' },
  {
    name: 'e2e chromium',
    command: 'npx playwright test',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, PROSPECTOR_SKIP_BUILD: '1' },
  },
  { name: 'firefox smoke', command: 'npx tsx tests/firefox/run.ts', env: { FIREFOX_JSON: firefoxJson } },
];

function counts(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const file of [vitestJson, buildJson]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests?: number;
      numFailedTests?: number;
    };
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (existsSync(playwrightJson)) {
    const report = JSON.parse(readFileSync(playwrightJson, 'utf8')) as {
      stats?: { expected?: number; unexpected?: number; flaky?: number };
    };
    passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
    failed += report.stats?.unexpected ?? 0;
  }
  if (existsSync(firefoxJson)) {
    const report = JSON.parse(readFileSync(firefoxJson, 'utf8')) as { passed?: number; failed?: number };
    passed += report.passed ?? 0;
    failed += report.failed ?? 0;
  }
  return { passed, failed };
}

let failedStep: string | null = null;
const only = process.argv.slice(2);
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.command}`);
  const result = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`=== ${step.name}: FAILED after ${seconds} s (exit ${String(result.status)})`);
    failedStep = step.name;
    break;
  }
  console.log(`=== ${step.name}: ok in ${seconds} s`);
}

const { passed, failed } = counts();
if (failedStep) console.log(`\nThe gate stopped at "${failedStep}".`);
console.log(`\n${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
