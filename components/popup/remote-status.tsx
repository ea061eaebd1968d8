import type { ApiError } from '../../lib/errors';
import { ErrorBanner } from '../status/error-banner';

export interface RemoteStatusProps {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error?: ApiError | undefined;
  readonly loadingText: string;
  readonly onRetry?: () => void;
}

/** Loading text or the error in plain words with a retry: a section is never silently empty. */
export function RemoteStatus({ status, error, loadingText, onRetry }: RemoteStatusProps) {
  if (status === 'loading') {
    return (
      <p class="muted" aria-busy="true">
        {loadingText}
      </p>
    );
  }
  if (status === 'error' && error) {
    return onRetry ? (
      <ErrorBanner error={error} onAction={onRetry} actionLabel="Try again" />
    ) : (
      <ErrorBanner error={error} />
    );
  }
  return null;
}
