/** What every property target shares: a name, what it proves, and how to run it N times. */
import { performance } from 'node:perf_hooks';

/** How many cases to try (and with which seed, to replay a failure). */
export interface RunOptions {
  readonly numRuns: number;
  readonly seed?: number;
}

/** One fuzzed target: `run` throws (fast-check's report) when a property fails. */
export interface Target {
  readonly name: string;
  readonly proves: string;
  run(options: RunOptions): void | Promise<void>;
}

/**
 * The slowest single call allowed before a case counts as a hang. Generous on purpose (2 shared
 * cores, other test runs): it catches runaway backtracking, not slowness.
 */
export const HANG_MS = 500;

/** Runs `work`, failing when one call takes longer than {@link HANG_MS}. */
export function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const value = work();
  const took = performance.now() - started;
  if (took > HANG_MS) throw new Error(`${label} took ${took.toFixed(0)} ms (hang limit ${HANG_MS} ms)`);
  return value;
}

/** Cases per target: `PROSPECTOR_FUZZ_RUNS`, else `fallback` (npm test's small number). */
export function runsFromEnv(fallback: number): number {
  const raw = Number(process.env['PROSPECTOR_FUZZ_RUNS']);
  return Number.isInteger(raw) && raw > 0 ? raw : fallback;
}
