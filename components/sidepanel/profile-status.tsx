import type { ApiError } from '../../lib/errors';
import type { ProfileEntry } from '../../lib/messaging/protocol';

export interface ProfileStatusProps {
  readonly entry: ProfileEntry | undefined;
}

const FAILURES: Partial<Record<ApiError['kind'], string>> = {
  'out-of-credits': 'out of credits',
  'rate-limited': 'rate limited, will retry',
  offline: 'offline, will retry',
  'auth-expired': 'reconnect in settings',
  'auth-invalid': 'reconnect in settings',
  'not-connected': 'connect Snov.io in settings',
};

/** Enrichment state of one profile, in words. */
export function profileStatusWords(entry: ProfileEntry | undefined): string {
  switch (entry?.status) {
    case undefined:
      return 'Not enriched';
    case 'pending':
      return 'Enriching…';
    case 'done':
      return entry.prospect.emails.length === 0 ? 'Enriched, no e-mail' : 'Enriched';
    case 'not-found':
      return 'Not found in Snov.io';
    case 'failed':
      return `Failed: ${FAILURES[entry.error.kind] ?? 'try again'}`;
  }
}

function tone(entry: ProfileEntry | undefined): string {
  switch (entry?.status) {
    case 'done':
      return 'pill-ok';
    case 'failed':
      return 'pill-bad';
    case 'not-found':
      return 'pill-warn';
    case 'pending':
    case undefined:
      return 'pill-muted';
  }
}

/** A pill that always says the state in words; colour only reinforces it. */
export function ProfileStatus({ entry }: ProfileStatusProps) {
  return (
    <span class={`pill ${tone(entry)}`} aria-busy={entry?.status === 'pending' ? true : undefined}>
      {profileStatusWords(entry)}
    </span>
  );
}
