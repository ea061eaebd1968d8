/** The campaign state machine behind `POST /v2/campaigns/{id}/action` (REFERENCE.md §12). */
import { ok, RefusedError, type Reply } from '../core/http';
import { oneOf, reqStr } from '../core/params';
import { dateTime } from '../core/time';
import type { Campaign, CampaignStatus, World } from '../seed/types';
import { campaignOr404 } from './campaigns';
import type { HandlerTable, RouteContext } from './context';

const ACTIONS = ['start', 'pause', 'resume', 'complete', 'archived'] as const;
type Action = (typeof ACTIONS)[number];

// Assumption: the transitions below (undocumented beyond "stop with complete before delete").
const FROM: Record<Action, readonly CampaignStatus[]> = {
  start: ['new'],
  pause: ['active', 'scheduled'],
  resume: ['paused'],
  complete: ['active', 'paused', 'scheduled'],
  archived: ['completed'],
};

/** Why a campaign cannot start yet ("only fields needed for a runnable campaign are enforced"). */
function notRunnable(world: World, campaign: Campaign): string[] {
  const problems: string[] = [];
  const listId = Number((campaign.settings['recipients'] as { list_id?: unknown } | undefined)?.list_id);
  if (world.lists.get(listId)?.isDeleted !== false) problems.push('The recipients list does not exist.');
  const emailSteps = campaign.steps.filter((step) => step.type === 'email');
  if (emailSteps.length > 0) {
    const accounts = campaign.settings['email_accounts'];
    if (!Array.isArray(accounts) || accounts.length === 0)
      problems.push('An email campaign needs at least one email account.');
    if (campaign.settings['tracking'] === undefined)
      problems.push('An email campaign needs tracking settings.');
    if (campaign.settings['sending_settings'] === undefined)
      problems.push('An email campaign needs sending settings.');
  }
  for (const step of emailSteps) {
    const ready = step.contentIds.some((id) => {
      const block = campaign.content.get(id);
      return block?.written === true && block.usage === 'active' && block.subject !== '' && block.body !== '';
    });
    if (!ready) problems.push(`Email step ${step._ref} has no active content.`);
  }
  return problems;
}

function startsLater(campaign: Campaign, now: number): boolean {
  const start = campaign.settings['start_campaign_at'];
  return typeof start === 'string' && start > dateTime(now);
}

function activateRecipients(world: World, campaign: Campaign): void {
  const statuses = world.recipients.get(campaign.id);
  for (const [email, status] of statuses ?? []) {
    if (status !== 'tocheck') continue;
    statuses?.set(email, 'active');
    world.uniqueRecipientsUsed += 1;
  }
}

function action(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  const wanted = oneOf(reqStr(ctx.input, 'action'), ACTIONS, 'action') ?? 'start';
  if (!FROM[wanted].includes(campaign.status)) {
    throw new RefusedError([
      `Action "${wanted}" is not allowed for a campaign in status ${campaign.status}.`,
    ]);
  }
  if (wanted === 'start') {
    const problems = notRunnable(ctx.world, campaign);
    if (problems.length > 0) throw new RefusedError(problems);
  }
  const next: Record<Action, CampaignStatus> = {
    start: startsLater(campaign, ctx.now) ? 'scheduled' : 'active',
    pause: 'paused',
    resume: startsLater(campaign, ctx.now) ? 'scheduled' : 'active',
    complete: 'completed',
    archived: 'archived',
  };
  campaign.status = next[wanted];
  campaign.updatedAt = Math.floor(ctx.now / 1000);
  if (campaign.status === 'active') {
    campaign.startedAt ??= campaign.updatedAt;
    activateRecipients(ctx.world, campaign);
  }
  return ok({ success: true });
}

export const campaignActionHandlers: HandlerTable = { campaignAction: action };
