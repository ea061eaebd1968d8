import type { Transport } from '../../transport-types';
import * as analytics from './analytics';
import * as campaigns from './campaigns';
import * as content from './content';
import { bindEndpoints } from './define';
import type { Bound } from './define';
import * as pipelines from './pipelines';
import * as recipients from './recipients';
import * as senderAccounts from './sender-accounts';
import * as warmUp from './warm-up';
import * as webhooks from './webhooks';

// The outreach half of the Snov.io client (REFERENCE.md §10–§15, §17); spread into createSnovClient.

const definitions = {
  ...senderAccounts,
  ...warmUp,
  ...campaigns,
  ...content,
  ...recipients,
  ...analytics,
  ...pipelines,
  ...webhooks,
};

/** The 40 outreach functions, each returning `Result<T, ApiError>`. */
export type OutreachEndpoints = Bound<typeof definitions>;

/** Binds every outreach endpoint to one transport. */
export function createOutreachEndpoints(transport: Transport): OutreachEndpoints {
  return bindEndpoints(transport, definitions);
}

export type { CallOptions } from './call';
export { activityByDay, funnelFromAnalytics } from './derive';
export { WEBHOOK_EVENTS, findWebhookEvent } from '../../schemas/outreach/webhook-events';
export type { WebhookEvent } from '../../schemas/outreach/webhook-events';
export type { CampaignStatus } from '../../schemas/outreach/normalise';
