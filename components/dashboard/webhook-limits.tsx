import type { ApiError } from '../../lib/errors';
import { Banner } from '../ui/banner';

/** At most 50 webhooks per account, deactivated ones included (REFERENCE.md §17). */
export const WEBHOOK_LIMIT = 50;

export interface WebhookLimitsProps {
  readonly count: number;
  /** The last refusal, if any: explained when it is the plan or the limit. */
  readonly error: ApiError | null;
}

/** Explains the plan requirement and the 50-webhook limit, prominently when one of them was hit. */
export function WebhookLimits({ count, error }: WebhookLimitsProps) {
  const text = error && (error.kind === 'refused' || error.kind === 'server') ? (error.message ?? '') : '';
  const isPlan = /premium|plan|upgrade/iu.test(text) || (error?.kind === 'server' && error.status === 403);
  const isLimit = count >= WEBHOOK_LIMIT || /more than 50|limit/iu.test(text);
  if (isPlan) {
    return (
      <Banner tone="warn" title="Webhooks need a Snov.io premium plan">
        <p>
          Snov.io only offers webhooks on premium plans. Upgrade the plan in your Snov.io account, then add
          the webhook again.
        </p>
      </Banner>
    );
  }
  if (isLimit) {
    return (
      <Banner tone="warn" title={`You have reached the limit of ${WEBHOOK_LIMIT} webhooks`}>
        <p>Disabled webhooks count too. Delete one you no longer need to add another.</p>
      </Banner>
    );
  }
  return (
    <p class="muted">
      {count} of {WEBHOOK_LIMIT} webhooks used. Webhooks are a premium-plan feature; a webhook can only be
      enabled or disabled: to change its address or event, delete it and add a new one.
    </p>
  );
}
