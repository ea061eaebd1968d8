/**
 * Turns every `ApiError` into plain words and the next action (STYLE.md §4.7). Pure: the UI imports
 * it; no extension APIs, no API client.
 */
import type { ApiError } from './errors';
import { assertNever } from './result';

/** What the UI shows for an error. */
export interface ErrorDescription {
  readonly title: string;
  readonly detail: string;
  readonly action?: 'open-settings' | 'retry' | 'wait' | 'none';
  /** For `wait`: how long until the work is retried. */
  readonly retryInMs?: number;
}

/** The name this module's first version used; kept for existing imports. */
export type ErrorText = ErrorDescription;

function seconds(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s === 1) return '1 second';
  return s < 90 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`;
}

/** Describes an API error for a person: what happened and what to do next. */
export function describeError(e: ApiError): ErrorDescription {
  switch (e.kind) {
    case 'auth-invalid':
      return {
        title: 'Snov.io did not accept your API keys',
        detail:
          'Check your API User ID and Secret (Snov.io → Account → API) and save them again in Settings.',
        action: 'open-settings',
      };
    case 'auth-expired':
      return {
        title: 'Your Snov.io session expired',
        detail: 'We could not renew access with the saved API keys. Check them in Settings.',
        action: 'open-settings',
      };
    case 'not-connected':
      return {
        title: 'Not connected to Snov.io',
        detail: 'Add your API User ID and Secret in Settings to start.',
        action: 'open-settings',
      };
    case 'out-of-credits':
      return {
        title: 'Out of Snov.io credits',
        detail:
          'This needs credits and your balance has run out. Top up in Snov.io; nothing was charged for this attempt.',
        action: 'none',
      };
    case 'rate-limited':
      return {
        title: 'Rate limited — retrying',
        detail: `Snov.io allows 60 requests a minute. Your work is queued and retries in ${seconds(e.retryAfterMs)}.`,
        action: 'wait',
        retryInMs: e.retryAfterMs,
      };
    case 'offline':
      return {
        title: 'Offline — queued',
        detail: 'Snov.io cannot be reached. Your work is saved and will be sent when you are back online.',
        action: 'wait',
      };
    case 'invalid-input':
      return {
        title: 'Please check the input',
        detail: `${e.message} Nothing was sent and no credits were used.`,
        action: 'none',
      };
    case 'not-found':
      return { title: 'Nothing found', detail: e.message ?? 'Snov.io has no data for this.', action: 'none' };
    case 'invalid-response':
      return {
        title: 'Unexpected answer from Snov.io',
        detail: `The answer did not have the expected shape (at ${e.path}). Try again later.`,
        action: 'retry',
      };
    case 'server':
      return {
        title: e.status === 408 ? 'Snov.io did not answer in time' : 'Snov.io had a problem',
        detail: e.message
          ? `Snov.io said: ${e.message}`
          : `The server answered with error ${e.status}. Try again in a moment.`,
        action: 'retry',
      };
    case 'refused':
      return { title: 'Snov.io refused the request', detail: e.message, action: 'none' };
    case 'task-timeout':
      return {
        title: 'Still working on it',
        detail:
          'Snov.io is taking longer than usual. The result will be fetched later without charging again.',
        action: 'wait',
      };
    case 'aborted':
      return { title: 'Cancelled', detail: 'The request was cancelled.', action: 'none' };
    default:
      return assertNever(e);
  }
}
