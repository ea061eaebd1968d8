import type { ApiError } from '../errors';
import type { Result } from '../result';

/** Something the UI loads from the background: never just "blank". */
export type Remote<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly value?: T }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: ApiError; readonly value?: T };

export const idle: Remote<never> = { status: 'idle' };

/** The loaded value, if any (also kept while reloading or after a failed reload). */
export function valueOf<T>(remote: Remote<T>): T | undefined {
  return remote.status === 'idle' ? undefined : remote.value;
}

/** A loading state that keeps the previous value on screen. */
export function loading<T>(previous: Remote<T>): Remote<T> {
  const value = valueOf(previous);
  return value === undefined ? { status: 'loading' } : { status: 'loading', value };
}

/** Folds a Result into a Remote, keeping the old value on failure. */
export function settle<T>(previous: Remote<T>, result: Result<T, ApiError>): Remote<T> {
  if (result.ok) return { status: 'ready', value: result.value };
  const value = valueOf(previous);
  return value === undefined
    ? { status: 'error', error: result.error }
    : { status: 'error', error: result.error, value };
}

/** A rejected sendMessage means the background could not be reached (worker restarting). */
export const unreachable: ApiError = {
  kind: 'server',
  status: 0,
  message: 'The extension background did not answer. Try again.',
};
