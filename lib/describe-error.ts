/**
 * Turns every ApiError into plain words and the next step (STYLE.md §4.7). Pure: every surface
 * imports it, and the exhaustive switch makes a new error kind a compile error until it is worded.
 */
import type { ApiError } from './errors';
import { assertNever } from './result';

/** What the user reads, and what the UI may offer to do about it. */
export interface ErrorText {
  readonly title: string;
  readonly detail: string;
  readonly action: 'open-settings' | 'retry' | 'wait' | 'none';
  readonly retryInMs?: number;
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return s === 1 ? '1 second' : `${s} seconds`;
}

/** Describes an API failure for the UI. */
export function describeError(error: ApiError): ErrorText {
  switch (error.kind) {
    case 'auth-invalid':
      return { title: 'Snov.io refused these credentials', detail: 'Check your API User ID and Secret in Snov.io under Account → API, then save them again.', action: 'open-settings' };
    case 'auth-expired':
      return { title: 'Your Snov.io session expired', detail: 'Prospector could not get a new access token. Check your API User ID and Secret in the settings.', action: 'open-settings' };
    case 'not-connected':
      return { title: 'Not connected to Snov.io', detail: 'Add your API User ID and Secret in the settings to start.', action: 'open-settings' };
    case 'out-of-credits':
      return { title: 'Out of Snov.io credits', detail: 'This needs credits and your balance has run out. Top up in Snov.io; nothing was charged for this attempt.', action: 'none' };
    case 'rate-limited':
      return { title: 'Rate limited — retrying', detail: `Snov.io allows 60 requests a minute. Your work is queued and retries in ${seconds(error.retryAfterMs)}.`, action: 'wait', retryInMs: error.retryAfterMs };
    case 'offline':
      return { title: 'Offline — queued', detail: 'Snov.io cannot be reached. Your work is saved and will be sent when you are back online.', action: 'wait' };
    case 'invalid-input':
      return { title: 'Please check the input', detail: `${error.message} Nothing was sent and no credits were used.`, action: 'none' };
    case 'not-found':
      return { title: 'Nothing found', detail: error.message ?? 'Snov.io has no record for this. No credits were charged.', action: 'none' };
    case 'invalid-response':
      return { title: 'Unexpected answer from Snov.io', detail: `The answer did not have the expected shape (${error.path}). Try again later.`, action: 'retry' };
    case 'server':
      return { title: 'Snov.io had a problem', detail: error.message ? `Snov.io said: ${error.message}` : `The server answered with error ${error.status}. Try again in a moment.`, action: 'retry' };
    case 'refused':
      return { title: 'Snov.io refused the request', detail: error.message, action: 'none' };
    case 'task-timeout':
      return { title: 'Still working on it', detail: 'Snov.io is taking longer than usual. The result will be fetched later without charging again.', action: 'wait' };
    case 'aborted':
      return { title: 'Cancelled', detail: 'The request was cancelled.', action: 'none' };
    default:
      return assertNever(error);
  }
}
