import type { ComponentChildren } from 'preact';
import type { Remote } from '../../lib/state/remote';
import { ErrorBanner } from '../status/error-banner';

export interface RemoteViewProps<T> {
  readonly remote: Remote<T>;
  /** What is loading, for the progress message ("campaigns"). */
  readonly what: string;
  readonly onRetry?: () => void;
  readonly children: (value: T) => ComponentChildren;
}

/** Progress while loading, the error in plain words, or the content; a reload keeps the old content. */
export function RemoteView<T>({ remote, what, onRetry, children }: RemoteViewProps<T>) {
  const value = remote.status === 'idle' ? undefined : remote.value;
  return (
    <div aria-busy={remote.status === 'loading'}>
      {remote.status === 'loading' ? (
        <p role="status" class="muted">
          <span class="spinner" aria-hidden="true" /> Loading {what}…
        </p>
      ) : null}
      {remote.status === 'error' ? (
        <ErrorBanner
          error={remote.error}
          {...(onRetry ? { onAction: onRetry, actionLabel: 'Try again' } : {})}
        />
      ) : null}
      {value === undefined ? null : children(value)}
    </div>
  );
}
