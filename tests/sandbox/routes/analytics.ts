/** Campaign analytics, progress and recipients activity (REFERENCE.md §14, free). */
import { ok, type Reply } from '../core/http';
import { csvList, InputError, isIsoDate, optInt, reqStr } from '../core/params';
import { daysBetween } from '../core/time';
import type { ActivityEvent, Campaign } from '../seed/types';
import { campaignOr404, V1_STATUS } from './campaigns';
import type { HandlerTable, RouteContext } from './context';

function dateRange(ctx: RouteContext, fromKey: string, toKey: string): { from: string; to: string } {
  const [from, to] = [reqStr(ctx.input, fromKey), reqStr(ctx.input, toKey)];
  if (!isIsoDate(from) || !isIsoDate(to))
    throw new InputError(`The ${fromKey} and ${toKey} must be dates (YYYY-MM-DD).`);
  if (to < from) throw new InputError(`The ${toKey} must be a date after or equal to ${fromKey}.`);
  return { from, to };
}

function inRange(event: ActivityEvent, range: { from: string; to: string }): boolean {
  const day = event.time.slice(0, 10);
  return day >= range.from && day <= range.to;
}

function rate(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
}

/** Campaigns selected by the filters; ids arrive comma-separated or as `campaign_id[0]=…` (§2.1b). */
function selectCampaigns(ctx: RouteContext, events: ActivityEvent[]): Campaign[] {
  const ids = csvList(ctx.input, 'campaign_id');
  const senders = csvList(ctx.input, 'sender_email');
  const owners = csvList(ctx.input, 'campaign_owner');
  csvList(ctx.input, 'sender_linkedin');
  // Assumption: the one seeded owner is owner@prospector-demo.example; other owners select nothing.
  if (owners && !owners.includes('owner@prospector-demo.example')) return [];
  const active = new Set(events.map((event) => event.campaignId));
  return [...ctx.world.campaigns.values()].filter(
    (campaign) =>
      (ids ? ids.includes(String(campaign.id)) : active.has(campaign.id)) &&
      (!senders ||
        ((campaign.settings['email_accounts'] as unknown[] | undefined) ?? []).some((id) =>
          senders.includes(String(id)),
        )),
  );
}

function totals(campaigns: Campaign[], events: ActivityEvent[]): Record<string, unknown> {
  const chosen = new Set(campaigns.map((campaign) => campaign.id));
  const picked = events.filter((event) => chosen.has(event.campaignId));
  const unique = (type: ActivityEvent['type']) =>
    new Set(
      picked.filter((event) => event.type === type).map((event) => `${event.campaignId}:${event.prospectId}`),
    ).size;
  const sent = picked.filter((event) => event.type === 'sent').length;
  const contacted = unique('sent');
  const [bounced, opens, clicks, replies, unsubscribed] = [
    unique('bounce'),
    unique('open'),
    unique('click'),
    unique('reply'),
    unique('unsubscribe'),
  ];
  const li = campaigns.reduce(
    (sum, campaign) => ({
      contacted: sum.contacted + campaign.linkedin.contacted,
      replies: sum.replies + campaign.linkedin.replies,
      requests: sum.requests + campaign.linkedin.requests,
      accepted: sum.accepted + campaign.linkedin.accepted,
      messages: sum.messages + campaign.linkedin.messages,
    }),
    { contacted: 0, replies: 0, requests: 0, accepted: 0, messages: 0 },
  );
  const [interested, maybe] = [Math.ceil(replies / 2), Math.floor(replies / 4)];
  const notInterested = replies - interested - maybe;
  const connectionReplies = Math.floor(li.replies / 3);
  return {
    total_contacted: contacted + li.contacted,
    emails_sent: sent,
    first_emails: contacted,
    first_emails_rate: rate(contacted, sent),
    follow_ups: sent - contacted,
    follow_ups_rate: rate(sent - contacted, sent),
    delivered: sent - bounced,
    delivered_rate: rate(sent - bounced, sent),
    bounced,
    bounced_rate: rate(bounced, sent),
    contacted_by_email: contacted,
    email_opens: opens,
    email_opens_rate: rate(opens, contacted),
    link_clicks: clicks,
    link_clicks_rate: rate(clicks, contacted),
    email_replies: replies,
    email_replies_rate: rate(replies, contacted),
    unsubscribed,
    unsubscribed_rate: rate(unsubscribed, contacted),
    auto_replied: 0,
    auto_replied_rate: '0%',
    contacted_by_linkedin: li.contacted,
    linkedin_total_replies: li.replies,
    linkedin_total_replies_rate: rate(li.replies, li.contacted),
    connection_request_replies: connectionReplies,
    connection_request_replies_rate: rate(connectionReplies, li.replies),
    message_replies: li.replies - connectionReplies,
    message_replies_rate: rate(li.replies - connectionReplies, li.replies),
    in_mail_replies: 0,
    in_mail_replies_rate: '0%',
    connection_requests: li.requests,
    accepted_requests: li.accepted,
    accepted_requests_rate: rate(li.accepted, li.requests),
    failed_connection_requests: 0,
    messages_sent: li.messages,
    linkedin_views: li.contacted,
    linkedin_likes: 0,
    linkedin_follows: 0,
    in_mail_sent: 0,
    interested,
    interested_rate: rate(interested, replies),
    maybe,
    maybe_rate: rate(maybe, replies),
    not_interested: notInterested,
    not_interested_rate: rate(notInterested, replies),
  };
}

function analytics(ctx: RouteContext): Reply {
  const range = dateRange(ctx, 'date_from', 'date_to');
  const events = ctx.world.events.filter((event) => inRange(event, range));
  return ok(totals(selectCampaigns(ctx, events), events));
}

function progress(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  const statuses = [...(ctx.world.recipients.get(campaign.id)?.values() ?? [])];
  const unfinished = statuses.filter(
    (status) => status === 'active' || status === 'tocheck' || status === 'paused',
  ).length;
  return ok({
    status: V1_STATUS[campaign.status],
    unfinished,
    progress: rate(statuses.length - unfinished, statuses.length),
  });
}

function recipientsActivity(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  // §14: camelCase dateFrom/dateTo, span ≤ 31 days, limit ≤ 1000.
  const range = dateRange(ctx, 'dateFrom', 'dateTo');
  if (daysBetween(range.from, range.to) > 31)
    throw new InputError('The period between dateFrom and dateTo must not exceed 31 days.');
  const offset = optInt(ctx.input, 'offset', { min: 0 }) ?? 0;
  const limit = optInt(ctx.input, 'limit', { min: 1, max: 1000 }) ?? 100;
  const events = ctx.world.events
    .filter((event) => event.campaignId === campaign.id && inRange(event, range))
    .reverse();
  return ok({
    data: events.slice(offset, offset + limit).map((event) => {
      const prospect = ctx.world.prospects.get(event.prospectId);
      const company = ctx.world.companies.find((item) => item.name === prospect?.companyName);
      return {
        event_time: event.time,
        event_type: event.type,
        sender_email: event.senderEmail,
        email_subject: event.subject,
        recipient_email: prospect?.email ?? null,
        recipient_name: prospect ? `${prospect.firstName} ${prospect.lastName}` : null,
        phone: prospect?.phones[0] ?? null,
        industry: prospect?.industry ?? null,
        country: prospect?.country ?? null,
        location: prospect?.locality ?? null,
        company: prospect?.companyName ?? null,
        job_position: prospect?.position ?? null,
        hq_phone: company?.hqPhone ?? null,
        website: company?.domain ?? null,
      };
    }),
    pagination: { total: events.length, offset, limit, has_more: offset + limit < events.length },
  });
}

export const analyticsHandlers: HandlerTable = {
  campaignAnalytics: analytics,
  campaignProgress: progress,
  recipientsActivity,
};
