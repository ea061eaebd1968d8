/**
 * Async task envelopes (REFERENCE.md §2.2). Domain and database search starts carry the hash at
 * `meta.task_hash`; finder, enrichment and verifier starts at `data.task_hash`. Results put `status`
 * at the top level; done ⇔ `status === "completed"`.
 */
import * as v from 'valibot';
import { TaskStatusSchema } from './common';

const TaskHashSchema = v.pipe(v.string(), v.trim(), v.nonEmpty('Empty task_hash'));

/** Start response of the domain family: `{ data: [], meta: { task_hash }, links }` → `{ taskHash }`. */
export const DomainTaskStartSchema = v.pipe(
  v.object({ meta: v.object({ task_hash: TaskHashSchema }) }),
  v.transform((body) => ({ taskHash: body.meta.task_hash })),
);

/** Start response of the finder family: `{ data: { task_hash }, meta }` → `{ taskHash }`. */
export const FinderTaskStartSchema = v.pipe(
  v.object({ data: v.object({ task_hash: TaskHashSchema }) }),
  v.transform((body) => ({ taskHash: body.data.task_hash })),
);

/** A started task. */
export type TaskStart = v.InferOutput<typeof DomainTaskStartSchema>;

/** One poll of a task: finished with its value, or still running with the raw status. */
export type TaskPoll<T> =
  { readonly done: true; readonly value: T } | { readonly done: false; readonly status: string };

/**
 * Wraps the schema of a completed result. In-progress bodies are not documented, so only `status`
 * is read from them (Assumption: same envelope with empty data, REFERENCE.md §2.2).
 */
export function taskResultSchema<S extends v.GenericSchema>(
  completed: S,
): v.GenericSchema<unknown, TaskPoll<v.InferOutput<S>>> {
  return v.pipe(
    v.looseObject({ status: TaskStatusSchema }),
    v.rawTransform(({ dataset, addIssue, NEVER }): TaskPoll<v.InferOutput<S>> => {
      const { status } = dataset.value;
      if (status !== 'completed') return { done: false, status };
      const parsed = v.safeParse(completed, dataset.value);
      if (parsed.success) return { done: true, value: parsed.output };
      for (const issue of parsed.issues) {
        addIssue({ message: issue.message, ...(issue.path ? { path: issue.path } : {}) });
      }
      return NEVER;
    }),
  );
}
