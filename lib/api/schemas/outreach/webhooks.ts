import * as v from 'valibot';
import { lowercasePicklist, UnixSecondsSchema } from '../common';
import { PositiveIdSchema } from './input';
import { NestedSuccessSchema, settle } from './settle';
import { findWebhookEvent, WEBHOOK_EVENTS } from './webhook-events';

// Webhooks (REFERENCE.md §17). Request key `endpoint_url`, response key `end_point`.

const OBJECTS = [...new Set(WEBHOOK_EVENTS.map((event) => event.object))];

/** `POST /v2/webhooks`: the pair must be in {@link WEBHOOK_EVENTS}. */
export const CreateWebhookInputSchema = v.pipe(
  v.object({
    event_object: v.picklist(OBJECTS, `event_object is one of ${OBJECTS.join(', ')}`),
    event_action: v.pipe(v.string(), v.nonEmpty('Give an event_action')),
    // Assumption: plain http is not refused by Snov.io; we only require an absolute http(s) URL.
    endpoint_url: v.pipe(
      v.string(),
      v.trim(),
      v.url('endpoint_url must be an absolute URL'),
      v.regex(/^https?:\/\//iu, 'endpoint_url must be http(s)'),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['event_object'], ['event_action']],
      (i) => findWebhookEvent(i.event_object, i.event_action) !== undefined,
      'This event_action does not exist for that event_object',
    ),
    ['event_action'],
  ),
);
/** Input of {@link CreateWebhookInputSchema}. */
export type CreateWebhookInput = v.InferInput<typeof CreateWebhookInputSchema>;

/** Webhook statuses (§17). */
export const WEBHOOK_STATUSES = ['active', 'deactivated'] as const;

/** `PUT /v2/webhooks/{webhook_id}`: only the status can change. */
export const UpdateWebhookInputSchema = v.object({
  webhookId: PositiveIdSchema,
  status: v.picklist(WEBHOOK_STATUSES, 'status is active or deactivated'),
});
/** Input of {@link UpdateWebhookInputSchema}. */
export type UpdateWebhookInput = v.InferInput<typeof UpdateWebhookInputSchema>;

/** `DELETE /v2/webhooks/{webhook_id}`. */
export const WebhookIdInputSchema = v.object({ webhookId: PositiveIdSchema });
/** Input of {@link WebhookIdInputSchema}. */
export type WebhookIdInput = v.InferInput<typeof WebhookIdInputSchema>;

/** A webhook; `created_at` (Unix seconds) → ISO, `label` from the catalogue (null if undocumented). */
export const WebhookSchema = v.pipe(
  v.object({
    id: v.number(),
    end_point: v.string(),
    event_object: v.string(),
    event_action: v.string(),
    status: lowercasePicklist(WEBHOOK_STATUSES),
    created_at: v.nullish(UnixSecondsSchema, null),
  }),
  v.transform((hook) => ({
    ...hook,
    label: findWebhookEvent(hook.event_object, hook.event_action)?.label ?? null,
  })),
);
/** A webhook. */
export type Webhook = v.InferOutput<typeof WebhookSchema>;

/** Responses, keyed like ROUTES. */
export const webhookResponses = {
  // Double nesting: each item is `{ data: {...} }` (§17) → a flat list.
  webhooks: settle(v.object({ data: v.array(v.object({ data: WebhookSchema })) }), (b) =>
    b.data.map((item) => item.data),
  ),
  createWebhook: settle(v.object({ data: WebhookSchema }), (b) => b.data),
  updateWebhook: settle(v.object({ data: WebhookSchema }), (b) => b.data),
  deleteWebhook: NestedSuccessSchema,
};
