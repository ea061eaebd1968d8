/** v1 activity lists and replies (REFERENCE.md §14): bare arrays, newest first, `offset` paging. */
import { notFound, ok, type Reply } from '../core/http';
import { hex32 } from '../core/prng';
import { optInt, reqInt } from '../core/params';
import { phpDate } from '../core/time';
import type { ActivityEvent, Campaign, CrmProspect, EventType, World } from '../seed/types';
import { campaignOr404 } from './campaigns';
import type { HandlerTable, RouteContext } from './context';

const V1_PAGE = 10_000;
// Assumption (§14): all-replies pages hold 50 threads; an empty page ends paging.
const REPLIES_PAGE = 50;

function v1Campaign(ctx: RouteContext): Campaign {
  const campaign = ctx.world.campaigns.get(reqInt(ctx.input, 'campaignId'));
  if (!campaign) throw notFound();
  return campaign;
}

/** Events of one type, newest first, after `offset` (v1 activity endpoints send `offset=` empty when unset). */
function page(ctx: RouteContext, campaign: Campaign, type: EventType): ActivityEvent[] {
  const offset = optInt(ctx.input, 'offset', { min: 0 }) ?? 0;
  return ctx.world.events
    .filter((event) => event.campaignId === campaign.id && event.type === type)
    .slice(offset, offset + V1_PAGE);
}

function activityRow(world: World, campaign: Campaign, event: ActivityEvent): Record<string, unknown> {
  const prospect = world.prospects.get(event.prospectId);
  const custom = Object.fromEntries(
    world.customFields.map((field) => [
      `customField_${field.label}`,
      prospect?.customFields[field.label] ?? '',
    ]),
  );
  return {
    visitedAt: phpDate(event.time),
    campaignId: campaign.id,
    campaign: campaign.title,
    prospectId: prospect?.hexId ?? null,
    prospectFirstName: prospect?.firstName ?? null,
    prospectLastName: prospect?.lastName ?? null,
    prospectName: prospect ? `${prospect.firstName} ${prospect.lastName}` : null,
    sourcePage: prospect?.socialLinks['linkedIn'] ?? null,
    source: 'copy',
    locality: prospect?.locality ?? null,
    industry: prospect?.industry ?? null,
    country: prospect?.country ?? null,
    prospectEmail: prospect?.email ?? null,
    hash: hex32(`hash-${event.id}`),
    // §14: subject and body of the sent e-mail arrive JSON-quoted.
    emailSubject: JSON.stringify(event.subject),
    emailBody: JSON.stringify(event.body),
    skills: '',
    links: null,
    customFields: null,
    id: event.id,
    ...custom,
  };
}

function activity(type: EventType): (ctx: RouteContext) => Reply {
  return (ctx) => {
    const campaign = v1Campaign(ctx);
    return ok(page(ctx, campaign, type).map((event) => activityRow(ctx.world, campaign, event)));
  };
}

function emailsSent(ctx: RouteContext): Reply {
  const campaign = v1Campaign(ctx);
  return ok(
    page(ctx, campaign, 'sent').map((event) => {
      const prospect: CrmProspect | undefined = ctx.world.prospects.get(event.prospectId);
      return {
        sentDate: phpDate(event.time),
        userName: prospect ? `${prospect.firstName} ${prospect.lastName}` : null,
        userEmail: prospect?.email ?? null,
        campaign: campaign.title,
        hash: hex32(`hash-${event.id}`),
        id: event.id,
      };
    }),
  );
}

function allReplies(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  const offset = optInt(ctx.input, 'offset', { min: 0 }) ?? 0;
  const latest = (thread: { replies: { receivedAt: string }[] }) =>
    thread.replies.reduce((max, reply) => (reply.receivedAt > max ? reply.receivedAt : max), '');
  const threads = ctx.world.replies
    .filter((thread) => thread.campaignId === campaign.id)
    .sort((a, b) => (latest(a) < latest(b) ? 1 : -1));
  return ok({
    data: threads.slice(offset, offset + REPLIES_PAGE).map((thread) => {
      const prospect = ctx.world.prospects.get(thread.prospectId);
      return {
        campaignId: campaign.id,
        campaign: campaign.title,
        prospectId: prospect?.hexId ?? null,
        prospectName: prospect ? `${prospect.firstName} ${prospect.lastName}` : null,
        prospectEmail: prospect?.email ?? null,
        linkedInProfile: prospect?.socialLinks['linkedIn'] ?? null,
        replyType: thread.replyType,
        receivedAt: latest(thread),
        replies: thread.replies,
      };
    }),
  });
}

export const activityHandlers: HandlerTable = {
  allReplies,
  emailReplies: activity('reply'),
  emailsOpened: activity('open'),
  emailsClicked: activity('click'),
  emailsSent,
};
