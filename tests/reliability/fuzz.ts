/**
 * `npm run fuzz`: every property target of tests/reliability/properties with 25,000 cases (at least 10,000 per issue 7)
 * (PROSPECTOR_FUZZ_RUNS to change it; PROSPECTOR_FUZZ_SEED to replay). Prints one line per
 * target and a total, and writes artifacts/reliability/fuzz.json for the README report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runsFromEnv, targets } from './properties';

const numRuns = runsFromEnv(25_000);
const baseSeed = Number(process.env['PROSPECTOR_FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const results: {
  name: string;
  proves: string;
  cases: number;
  seed: number;
  seconds: number;
  failure: string | null;
}[] = [];

for (const [index, target] of targets.entries()) {
  const seed = (baseSeed + index) % 2 ** 31;
  const started = performance.now();
  let failure: string | null = null;
  try {
    await target.run({ numRuns, seed });
  } catch (error) {
    failure = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
  }
  const seconds = (performance.now() - started) / 1000;
  results.push({
    name: target.name,
    proves: target.proves,
    cases: numRuns,
    seed,
    seconds: Number(seconds.toFixed(1)),
    failure,
  });
  console.log(
    `${failure ? 'FAIL' : 'ok  '} ${target.name.padEnd(52)} ${String(numRuns).padStart(7)} cases  ${seconds.toFixed(1).padStart(6)} s  seed ${seed}`,
  );
  if (failure) console.log(failure);
}

const failed = results.filter((result) => result.failure !== null).length;
const total = results.reduce((sum, result) => sum + result.cases, 0);
mkdirSync(path.resolve('artifacts/reliability'), { recursive: true });
writeFileSync(
  path.resolve('artifacts/reliability/fuzz.json'),
  `${JSON.stringify({ date: new Date().toISOString(), casesPerTarget: numRuns, total, failed, targets: results }, null, 2)}\n`,
);
console.log(
  `\nfuzz: ${results.length} targets × ${numRuns.toLocaleString('en')} cases = ${total.toLocaleString('en')} inputs tried, ${failed} failed`,
);
process.exit(failed > 0 ? 1 : 0);
