import { describeError } from '../../lib/describe-error';
import type { ApiError } from '../../lib/errors';
import { Banner } from '../ui/banner';

export interface ErrorBannerProps {
  readonly error: ApiError;
  readonly onAction?: () => void;
  readonly actionLabel?: string;
}

/** An API failure in plain words, with the next step. */
export function ErrorBanner({ error, onAction, actionLabel }: ErrorBannerProps) {
  const text = describeError(error);
  const tone = error.kind === 'rate-limited' || error.kind === 'offline' ? 'warn' : 'error';
  return (
    <Banner tone={tone} title={text.title}>
      <p>{text.detail}</p>
      {onAction && actionLabel ? (
        <button type="button" class="btn" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
    </Banner>
  );
}
