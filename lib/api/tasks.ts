/**
 * Async tasks (REFERENCE.md §2.2): start → poll the result until `status === "completed"`.
 * Start and result are separate calls so the background's persisted queue can store the hash in
 * between; a task that times out is re-polled by that hash later (`task-timeout` carries it) and is
 * never started again, because a second start would spend credits twice.
 */
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import type { TaskPoll } from './schemas/tasks';
import type { Clock, Sleep } from './sleep';

/** Polling cadence and limits; defaults follow REFERENCE.md §2.2 (2 s, then every 3 s). */
export interface PollOptions {
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly signal?: AbortSignal;
  /** Give up (with `task-timeout`) after this long; default 60 s. */
  readonly timeoutMs?: number;
  /** Default 2 000 ms; 0 when resuming a known hash. */
  readonly firstDelayMs?: number;
  /** Default 3 000 ms, growing ×1.5 per poll up to `maxIntervalMs` (default 10 000 ms). */
  readonly intervalMs?: number;
  readonly maxIntervalMs?: number;
}

/** Fetches one poll of a task's result. */
export type PollFn<T> = (signal?: AbortSignal) => Promise<Result<TaskPoll<T>, ApiError>>;

/** Polls `poll` until the task completes, fails, times out (`task-timeout` with `hash`) or is aborted. */
export async function waitForTask<T>(
  hash: string,
  poll: PollFn<T>,
  options: PollOptions,
): Promise<Result<T, ApiError>> {
  const { now, sleep, signal } = options;
  const deadline = now() + (options.timeoutMs ?? 60_000);
  const maxInterval = options.maxIntervalMs ?? 10_000;
  let delay = options.firstDelayMs ?? 2000;
  let interval = options.intervalMs ?? 3000;
  for (;;) {
    if (delay > 0) await sleep(Math.min(delay, Math.max(0, deadline - now())), signal);
    if (signal?.aborted) return err({ kind: 'aborted' });
    const polled = await poll(signal);
    if (!polled.ok) return polled;
    if (polled.value.done) return ok(polled.value.value);
    // The transport already maps this status; kept here so a poll function from elsewhere is safe too.
    if (polled.value.status === 'not_enough_credits') return err({ kind: 'out-of-credits' });
    if (now() >= deadline) return err({ kind: 'task-timeout', taskHash: hash });
    delay = interval;
    interval = Math.min(maxInterval, interval * 1.5);
  }
}

/** What {@link runTask} needs: a start call, a poll call for the hash, and a hook to persist it. */
export interface RunTaskOptions<T> extends PollOptions {
  readonly start: (signal?: AbortSignal) => Promise<Result<{ readonly taskHash: string }, ApiError>>;
  readonly poll: (hash: string) => PollFn<T>;
  /** Called (and awaited) with the hash before the first poll, e.g. to save it in the queue. */
  readonly onStarted?: (hash: string) => void | Promise<void>;
}

/**
 * Starts a task and waits for its result.
 * @example
 * const verified = await runTask({ start: (s) => verification.start(emails, s),
 *   poll: (hash) => (s) => verification.result(hash, s), onStarted: saveHash, now, sleep });
 */
export async function runTask<T>(options: RunTaskOptions<T>): Promise<Result<T, ApiError>> {
  const started = await options.start(options.signal);
  if (!started.ok) return started;
  const hash = started.value.taskHash;
  await options.onStarted?.(hash);
  return waitForTask(hash, options.poll(hash), options);
}
