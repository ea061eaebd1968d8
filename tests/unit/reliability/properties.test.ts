// @vitest-environment node
/**
 * The property targets of tests/reliability/properties at npm test's size (1,000 cases each, or
 * PROSPECTOR_FUZZ_RUNS); `npm run fuzz` runs the same targets with 10,000+ cases each.
 */
import { describe, it } from 'vitest';
import { runsFromEnv, targets } from '../../reliability/properties';

const numRuns = runsFromEnv(1000);

describe(`property targets (${numRuns} cases each)`, () => {
  it.each(targets.map((target) => [target.name, target] as const))(
    '%s',
    async (_name, target) => {
      await target.run({ numRuns });
    },
    120_000,
  );
});
