/**
 * Async tasks (REFERENCE.md §2.2). A start computes the finished result at once (so credits are
 * known and charged at start) and stores it with a `readyAt`; polls answer the in-progress shape
 * until then. A hash is only valid on the result route of the family that issued it.
 */
import type { RouteName } from '../../lib/api/paths';
import { HttpError, notFound } from './core/http';

interface Task {
  readonly resultRoute: RouteName;
  readonly readyAt: number;
  readonly pending: unknown;
  readonly done: unknown;
}

/** What a start registers: both bodies, or a 404 once finished (unknown domain). */
export interface TaskBodies {
  readonly pending: unknown;
  readonly done: unknown;
}

export class TaskStore {
  private readonly tasks = new Map<string, Task>();

  put(hash: string, resultRoute: RouteName, bodies: TaskBodies, readyAt: number): void {
    this.tasks.set(hash, { resultRoute, readyAt, ...bodies });
  }

  /** The body for a poll: pending before `readyAt`, then the result (or its error). */
  poll(resultRoute: RouteName, hash: string, now: number): unknown {
    const task = this.tasks.get(hash);
    if (task?.resultRoute !== resultRoute) throw notFound();
    if (now < task.readyAt) return task.pending;
    if (task.done instanceof HttpError) throw task.done;
    return task.done;
  }

  get size(): number {
    return this.tasks.size;
  }

  clear(): void {
    this.tasks.clear();
  }
}
