/**
 * A small sequential runner: the smoke checks share one Firefox (starting it costs about 5 s) and
 * build on each other (connect → enrich → add to list), so a check whose prerequisite failed is
 * reported as failed without running.
 */

export interface Check<C> {
  readonly name: string;
  /** Names of checks that must have passed first. */
  readonly needs?: readonly string[];
  readonly run: (context: C) => Promise<void>;
}

export interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: string;
}

/** Runs the checks in order and prints one line per check. */
export async function runChecks<C>(checks: readonly Check<C>[], context: C): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const passed = new Set<string>();
  for (const check of checks) {
    const missing = (check.needs ?? []).filter((name) => !passed.has(name));
    const started = Date.now();
    let outcome: Outcome;
    if (missing.length > 0) {
      outcome = { name: check.name, ok: false, ms: 0, error: `not run: needs "${missing.join('", "')}"` };
    } else {
      try {
        await check.run(context);
        outcome = { name: check.name, ok: true, ms: Date.now() - started };
        passed.add(check.name);
      } catch (error) {
        outcome = {
          name: check.name,
          ok: false,
          ms: Date.now() - started,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    }
    outcomes.push(outcome);
    console.log(
      `${outcome.ok ? '  ✓' : '  ✗'} ${outcome.name} (${String(outcome.ms)} ms)${outcome.error ? `\n      ${outcome.error}` : ''}`,
    );
  }
  return outcomes;
}

/** Fails with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls `read` until `accept` holds; rejects with the last value after `timeoutMs`. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  options: { readonly what: string; readonly timeoutMs?: number },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${options.what}; last: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
