import { ROUTES } from '../../paths';
import {
  CreateWebhookInputSchema,
  UpdateWebhookInputSchema,
  WebhookIdInputSchema,
  webhookResponses as R,
} from '../../schemas/outreach/webhooks';
import { endpoint, endpoint0 } from './define';

// Webhooks (REFERENCE.md §17): v2, JSON; premium plans, at most 50 per account.

/** Lists webhooks, flattened from the API's `{ data: [ { data } ] }`. */
export const webhooks = endpoint0({ route: ROUTES.webhooks, schema: R.webhooks });

/** Subscribes an endpoint URL to one documented event pair. */
export const createWebhook = endpoint(CreateWebhookInputSchema, (body) => ({
  route: ROUTES.createWebhook,
  json: body,
  schema: R.createWebhook,
}));

/** Activates or deactivates a webhook (the only change allowed; delete + create for others). */
export const updateWebhook = endpoint(UpdateWebhookInputSchema, ({ webhookId, status }) => ({
  route: ROUTES.updateWebhook,
  pathParams: { webhook_id: webhookId },
  json: { status },
  schema: R.updateWebhook,
}));

/** Deletes a webhook. */
export const deleteWebhook = endpoint(WebhookIdInputSchema, ({ webhookId }) => ({
  route: ROUTES.deleteWebhook,
  pathParams: { webhook_id: webhookId },
  schema: R.deleteWebhook,
}));
