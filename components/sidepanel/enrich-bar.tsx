import type { JobView } from '../../lib/messaging/protocol';
import { jobReason } from '../../lib/state/job-words';
import { Button } from '../ui/button';

export interface EnrichBarProps {
  readonly selectedCount: number;
  /** Selected profiles not cached yet: the most this run may spend. */
  readonly uncachedCount: number;
  readonly balance: number | null;
  readonly job: JobView | null;
  readonly onEnrich: () => void;
}

function progressText(job: JobView): string {
  const failed = job.failed > 0 ? `, ${job.failed} failed` : '';
  // A waiting run says why, in the popup's words ("Offline: will send when you are back online").
  const state =
    job.status === 'waiting'
      ? ` · ${jobReason(job.errorKind) ?? 'waiting to retry'}`
      : job.status === 'done'
        ? ' (finished)'
        : '';
  return `${job.done + job.failed} of ${job.total} profiles processed${failed}${state}`;
}

/** "Enrich selected" with its credit cost said first, and the progress of the run it started. */
export function EnrichBar({ selectedCount, uncachedCount, balance, job, onEnrich }: EnrichBarProps) {
  const isRunning =
    job !== null && (job.status === 'queued' || job.status === 'running' || job.status === 'waiting');
  const isShort = balance !== null && uncachedCount > balance;
  return (
    <div class="enrich-bar" role="group" aria-label="Enrichment">
      <Button variant="primary" disabled={selectedCount === 0} busy={isRunning} onClick={onEnrich}>
        Enrich selected ({selectedCount})
      </Button>
      <p class={isShort ? 'small warn-text' : 'small muted'}>
        {uncachedCount === 0
          ? selectedCount === 0
            ? 'Select profiles to enrich.'
            : 'Already enriched: no credits needed.'
          : `Up to ${uncachedCount} ${uncachedCount === 1 ? 'credit' : 'credits'} (one per profile found; ${selectedCount - uncachedCount} cached).`}
        {isShort ? ` You have ${balance} left.` : ''}
      </p>
      {job ? (
        <div class="job-progress">
          <progress
            aria-label="Enrichment progress"
            max={Math.max(job.total, 1)}
            value={job.done + job.failed}
          />
          <span class="small muted" aria-live="polite">
            {progressText(job)}
          </span>
        </div>
      ) : null}
    </div>
  );
}
