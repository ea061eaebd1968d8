/** Webhooks (REFERENCE.md §17): premium plans only, at most 50 per account, only status can change. */
import { HttpError, notFound, ok, RefusedError, type Reply } from '../core/http';
import { InputError, oneOf, reqStr } from '../core/params';
import type { Webhook } from '../seed/types';
import { pathId, type HandlerTable, type RouteContext } from './context';

const MAX_WEBHOOKS = 50;
const EVENTS: Record<string, readonly string[]> = {
  campaign_email: ['sent', 'first_sent', 'opened', 'bounced', 'clicked'],
  campaign_reply: ['received', 'first_received', 'autoreply_received'],
  campaign_li_reply: ['received', 'first_received'],
  campaign_li: ['connection_request_accepted'],
  company: ['found_domains_by_names', 'found_company_by_domain'],
  prospect: [
    'found_by_li_url',
    'found_emails_by_name_by_domain',
    'campaign_finished',
    'unsubscribed',
    'found_company_by_domain',
  ],
  email_verification: ['verified'],
  email: ['found_emails_by_domain', 'found_generic_contacts_by_domain', 'found_prospect_emails'],
  database_search: ['task_result'],
};

function premiumOnly(ctx: RouteContext): void {
  // Assumption: without a premium plan every webhook call is 403 with a success:false envelope.
  if (!ctx.rt.config.premium)
    throw new HttpError(403, { success: false, errors: ['Webhooks are available on premium plans only.'] });
}

function view(hook: Webhook): Record<string, unknown> {
  return {
    id: hook.id,
    end_point: hook.endPoint,
    event_object: hook.eventObject,
    event_action: hook.eventAction,
    status: hook.status,
    created_at: hook.createdAt,
  };
}

function hookOr404(ctx: RouteContext): Webhook {
  const id = pathId(ctx, 'webhook_id');
  const hook = id === null ? undefined : ctx.world.webhooks.get(id);
  if (!hook) throw notFound();
  return hook;
}

function create(ctx: RouteContext): Reply {
  premiumOnly(ctx);
  const eventObject = oneOf(reqStr(ctx.input, 'event_object'), Object.keys(EVENTS), 'event_object') ?? '';
  const eventAction =
    oneOf(reqStr(ctx.input, 'event_action'), EVENTS[eventObject] ?? [], 'event_action') ?? '';
  const endPoint = reqStr(ctx.input, 'endpoint_url');
  if (!/^https?:\/\/\S+$/i.test(endPoint)) throw new InputError('The endpoint_url must be a valid URL.');
  // Deactivated webhooks count towards the limit too.
  if (ctx.world.webhooks.size >= MAX_WEBHOOKS)
    throw new RefusedError([`You can't have more than ${MAX_WEBHOOKS} webhooks.`]);
  const hook: Webhook = {
    id: ctx.rt.nextId(),
    endPoint,
    eventObject,
    eventAction,
    status: 'active',
    createdAt: Math.floor(ctx.now / 1000),
  };
  ctx.world.webhooks.set(hook.id, hook);
  return ok({ data: view(hook), meta: { user_id: ctx.world.userId } });
}

function update(ctx: RouteContext): Reply {
  premiumOnly(ctx);
  const hook = hookOr404(ctx);
  // Assumption: only status may be sent; other fields (URL, event) are refused rather than ignored.
  const extra = Object.keys(ctx.input).filter((key) => key !== 'status');
  if (extra.length > 0) throw new InputError(`Only status can be changed (got ${extra.join(', ')}).`);
  hook.status = oneOf(reqStr(ctx.input, 'status'), ['active', 'deactivated'], 'status') ?? hook.status;
  return ok({ data: view(hook), meta: { user_id: ctx.world.userId } });
}

export const webhookHandlers: HandlerTable = {
  webhooks: (ctx) => {
    premiumOnly(ctx);
    const hooks = [...ctx.world.webhooks.values()];
    return ok({
      data: hooks.map((hook) => ({ data: view(hook) })),
      meta: { webhooks_count: hooks.length, user_id: ctx.world.userId },
    });
  },
  createWebhook: create,
  updateWebhook: update,
  deleteWebhook: (ctx) => {
    premiumOnly(ctx);
    ctx.world.webhooks.delete(hookOr404(ctx).id);
    return ok({ data: { success: true } });
  },
};
