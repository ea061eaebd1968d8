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

function seconds(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.ceil(s / 60)} min`;
}

/** Describes an API error for a person: what happened and what to do next. */
export function describeError(e: ApiError): ErrorDescription {
  switch (e.kind) {
    case 'auth-invalid':
      return {
        title: 'Snov.io did not accept your API keys',
        detail: 'Check your API User ID and Secret in Settings (Snov.io → Account → API).',
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
        detail: 'Your account has no credits left for this. Top up or wait for your plan to renew.',
        action: 'none',
      };
    case 'rate-limited':
      return {
        title: 'Too many requests',
        detail: `Snov.io allows 60 requests a minute. Retrying in ${seconds(e.retryAfterMs)}.`,
        action: 'wait',
        retryInMs: e.retryAfterMs,
      };
    case 'offline':
      return {
        title: 'You are offline',
        detail: 'Queued: it will be sent when the connection is back.',
        action: 'wait',
      };
    case 'invalid-input':
      return { title: 'Please check the input', detail: e.message, action: 'none' };
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
        detail: e.message ?? `The server answered with status ${e.status}. Try again in a moment.`,
        action: 'retry',
      };
    case 'refused':
      return { title: 'Snov.io refused the request', detail: e.message, action: 'none' };
    case 'task-timeout':
      return {
        title: 'Still working on it',
        detail:
          'Snov.io is taking longer than usual. We will check the result again shortly — no extra credits.',
        action: 'wait',
      };
    case 'aborted':
      return { title: 'Cancelled', detail: 'The request was cancelled.', action: 'none' };
    default:
      return assertNever(e);
  }
}
