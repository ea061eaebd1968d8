/**
 * A background job's state in words, shared by the popup's job list and the side panel's progress
 * line, so "offline — queued" and "rate limited — retrying" read the same everywhere.
 */
import type { JobView } from '../messaging/protocol/dto';

const WAITING: Readonly<Record<string, string>> = {
  'rate-limited': 'Snov.io asked us to slow down',
  offline: 'Offline: will send when you are back online',
  'out-of-credits': 'Out of credits: top up, then retry',
  'auth-expired': 'Reconnect in settings, then retry',
};

/** Why a job waits or stopped, in plain words (`errorKind` is the ApiError vocabulary). */
export function jobReason(errorKind: string | undefined): string | undefined {
  return errorKind === undefined ? undefined : WAITING[errorKind];
}

/** "Snov.io asked us to slow down · retrying in 12 s" for a waiting job; `now` drives the countdown. */
export function waitingWords(job: JobView, now: number): string {
  const why = jobReason(job.errorKind) ?? 'Waiting';
  // Offline waits for the network, not for a time: a countdown there would only mislead.
  const seconds =
    job.retryAt !== undefined && job.errorKind !== 'offline'
      ? Math.max(0, Math.ceil((job.retryAt - now) / 1000))
      : null;
  return `${why}${seconds !== null ? ` · retrying in ${seconds} s` : ''}`;
}
