import type { ApiError } from '../../errors';
import type { ProfileEntry } from '../../messaging/protocol/prospecting';

/** One line for a notification about an enrichment. */
export function describeProfileResult(entry: ProfileEntry | undefined, error: ApiError | undefined): string {
  if (error?.kind === 'offline')
    return 'You are offline: the profile is queued and will be enriched when the network is back.';
  if (error?.kind === 'rate-limited')
    return 'Snov.io asked us to slow down: the profile is queued and will be enriched shortly.';
  if (error?.kind === 'not-connected') return 'Connect your Snov.io account in Prospector’s options first.';
  if (error) return 'The profile could not be enriched. Open Prospector to retry.';
  if (!entry || entry.status === 'pending') return 'The profile is being enriched.';
  if (entry.status === 'not-found') return 'Snov.io has no data for this profile.';
  if (entry.status === 'failed') return 'The profile could not be enriched. Open Prospector to retry.';
  const { prospect } = entry;
  const role = [prospect.position, prospect.company].filter(Boolean).join(' at ');
  return role ? `${prospect.name}: ${role}` : prospect.name;
}
