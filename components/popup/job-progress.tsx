import type { JobView } from '../../lib/messaging/protocol/dto';
import { jobReason, waitingWords } from '../../lib/state/job-words';

export interface JobProgressProps {
  readonly jobs: readonly JobView[];
  /** Current time in ms, ticked by the surface for countdowns. */
  readonly now: number;
  readonly onCancel: (jobId: string) => void;
  readonly onRetry: (jobId: string) => void;
}

function statusText(job: JobView, now: number): string {
  const progress = `${job.done} of ${job.total} done${job.failed > 0 ? `, ${job.failed} failed` : ''}`;
  switch (job.status) {
    case 'queued':
      return `Queued · ${progress}`;
    case 'running':
      return `Running · ${progress}`;
    case 'waiting':
      return `${waitingWords(job, now)} · ${progress}`;
    case 'done':
      return `Done · ${progress}`;
    case 'failed':
      return `Stopped · ${progress}${job.errorKind ? ` (${jobReason(job.errorKind) ?? job.errorKind})` : ''}`;
    case 'cancelled':
      return `Cancelled · ${progress}`;
  }
}

/** Background work with progress; it keeps going when the popup closes. */
export function JobProgress({ jobs, now, onCancel, onRetry }: JobProgressProps) {
  const recent = jobs.filter((job) => job.status !== 'done' || now - job.updatedAt < 60_000).slice(0, 5);
  if (recent.length === 0) return null;
  return (
    <ul class="jobs" aria-label="Background work">
      {recent.map((job) => (
        <li key={job.id} class="job">
          <div class="spread">
            <span>{job.label}</span>
            {job.status === 'failed' ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  onRetry(job.id);
                }}
              >
                Retry {job.label}
              </button>
            ) : job.status !== 'done' && job.status !== 'cancelled' ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  onCancel(job.id);
                }}
              >
                Cancel {job.label}
              </button>
            ) : null}
          </div>
          <progress
            max={Math.max(job.total, 1)}
            value={job.done + job.failed}
            aria-label={`${job.label} progress`}
          />
          <span class="muted small">{statusText(job, now)}</span>
        </li>
      ))}
    </ul>
  );
}
