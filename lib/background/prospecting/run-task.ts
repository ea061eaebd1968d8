/**
 * Runs a one-off task (domain search, reveal) for an answer the user is waiting for. A task that
 * outlives the wait keeps its hash here, so asking again re-polls it instead of paying for a new
 * start (REFERENCE.md §2.2: results stay fetchable).
 */
import { runTask, waitForTask } from '../../api/tasks';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import type { TaskFamily } from '../api-port';
import type { Services } from '../services';

const unfinished = new Map<string, string>();

/** Starts (or re-polls, for `key`) a task and waits up to a minute for its result. */
export async function runKeyedTask<I, T>(
  services: Services,
  key: string,
  family: TaskFamily<I, T>,
  input: I,
): Promise<Result<T, ApiError>> {
  const known = unfinished.get(key);
  const options = { now: services.now, sleep: services.sleep };
  const result = known
    ? await waitForTask(known, (signal) => family.result(known, signal), { ...options, firstDelayMs: 0 })
    : await runTask({
        ...options,
        start: (signal) => family.start(input, signal),
        poll: (hash) => (signal) => family.result(hash, signal),
      });
  if (!result.ok && result.error.kind === 'task-timeout') unfinished.set(key, result.error.taskHash);
  else unfinished.delete(key);
  return result;
}
