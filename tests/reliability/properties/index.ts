/** Every fuzzed target, in report order (npm test runs them small, `npm run fuzz` runs them long). */
import { apiTargets } from './api-targets';
import { detectTargets } from './detect-targets';
import { messageTargets } from './message-targets';
import type { Target } from './target';

export type { RunOptions, Target } from './target';
export { runsFromEnv } from './target';

export const targets: readonly Target[] = [...detectTargets, ...messageTargets, ...apiTargets];
