/** Campaigns (REFERENCE.md §12): create/get/patch/delete, the action state machine, v1 list, schedules. */
import { notFound, ok, RefusedError, type Reply } from '../core/http';
import { hex32 } from '../core/prng';
import {
  InputError,
  isRecord,
  oneOf,
  optBool,
  optInt,
  optStr,
  reqBool,
  reqInt,
  reqStr,
  type Input,
} from '../core/params';
import type { Campaign, CampaignStatus, World } from '../seed/types';
import { buildSequence, stepView } from './campaign-sequence';
import { pathId, type HandlerTable, type RouteContext } from './context';

const V1_STATUS: Record<CampaignStatus, string> = {
  new: 'Draft',
  active: 'Active',
  paused: 'Paused',
  scheduled: 'Scheduled',
  completed: 'Completed',
  archived: 'Archived',
};
const CORE_SKIPS = [
  'skip_unverifiable',
  'skip_unverified',
  'skip_other_recipients_email_addresses',
  'skip_recipients_added_to_my_another_campaign',
  'skip_recipients_added_to_team_another_campaign',
];
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export function campaignOr404(ctx: RouteContext): Campaign {
  const id = pathId(ctx, 'campaign_id');
  const campaign = id === null ? undefined : ctx.world.campaigns.get(id);
  if (!campaign) throw notFound();
  return campaign;
}

/** `{success, data}` as create/GET/PATCH answer. */
export function campaignView(campaign: Campaign): Record<string, unknown> {
  return {
    success: true,
    data: {
      id: campaign.id,
      status: campaign.status,
      title: campaign.title,
      ...campaign.settings,
      sequence: {
        entry: campaign.entry,
        steps: campaign.steps.map((step) => stepView(step, campaign.content)),
      },
    },
  };
}

function ids(value: unknown, key: string, exists: (id: number) => boolean): number[] {
  if (!Array.isArray(value)) throw new InputError(`The ${key} field must be an array.`);
  return value.map((item: unknown) => {
    const id = Number(item);
    if (!Number.isInteger(id) || !exists(id))
      throw new InputError(`The selected ${key} value ${String(item)} is invalid.`);
    return id;
  });
}

function checkDeals(world: World, deals: unknown): void {
  if (deals === null || deals === undefined) return;
  if (!isRecord(deals)) throw new InputError('The deals field must be an object or null.');
  const events = deals['event'] ?? [];
  if (!Array.isArray(events) || events.some((item) => !['open', 'click', 'reply'].includes(String(item))))
    throw new InputError('deals.event values must be open, click or reply.');
  const pipeline = world.pipelines.find((item) => item.id === reqInt(deals, 'pipeline_id'));
  if (!pipeline) throw new InputError('The selected deals.pipeline_id is invalid.');
  const stageId = reqInt(deals, 'stage_id');
  if (!pipeline.stages.some((stage) => stage.id === stageId))
    throw new InputError('The selected deals.stage_id is invalid.');
  optInt(deals, 'potential_value', { min: 1 });
}

/** Validates the settings part of a create/patch body and returns the merged settings. */
function mergeSettings(world: World, input: Input, base: Record<string, unknown>): Record<string, unknown> {
  const next = structuredClone(base);
  if (input['email_accounts'] !== undefined)
    next['email_accounts'] = ids(input['email_accounts'], 'email_accounts', (id) => world.senders.has(id));
  if (input['linkedin_accounts'] !== undefined)
    next['linkedin_accounts'] = ids(input['linkedin_accounts'], 'linkedin_accounts', () => true);
  if (input['priority'] !== undefined)
    next['priority'] = oneOf(optStr(input, 'priority'), ['low', 'medium', 'high'], 'priority');
  for (const key of ['tracking', 'sending_settings', 'recipients']) {
    const value = input[key];
    if (value === undefined) continue;
    if (!isRecord(value)) throw new InputError(`The ${key} field must be an object.`);
    next[key] = { ...(isRecord(base[key]) ? base[key] : {}), ...value };
  }
  const settings = isRecord(next['sending_settings']) ? next['sending_settings'] : {};
  oneOf(optStr(settings, 'sending_priority'), ['first_email', 'follow_up'], 'sending_priority');
  const recipients = isRecord(next['recipients']) ? next['recipients'] : {};
  const listId = reqInt(recipients, 'list_id');
  if (world.lists.get(listId)?.isDeleted !== false)
    throw new InputError('The selected recipients.list_id is invalid.');
  const blackList = optInt(recipients, 'black_list_id');
  if (blackList !== undefined && !world.blacklists.has(blackList))
    throw new InputError('The selected recipients.black_list_id is invalid.');
  const schedule = optInt(input, 'schedule_id');
  // §12: a non-existent schedule_id is a 404/422; the sandbox answers 422.
  if (schedule !== undefined && !world.schedules.some((item) => item.id === schedule))
    throw new InputError('The selected schedule_id is invalid.');
  if (schedule !== undefined) next['schedule_id'] = schedule;
  for (const key of ['start_campaign_at', 'complete_campaign_at']) {
    const value = optStr(input, key);
    if (value === undefined) continue; // §12: null for the two dates is ignored.
    if (!DATE_TIME.test(value)) throw new InputError(`The ${key} must be YYYY-MM-DD HH:MM:SS.`);
    next[key] = value;
  }
  const [start, end] = [next['start_campaign_at'], next['complete_campaign_at']];
  if (typeof start === 'string' && typeof end === 'string' && end <= start)
    throw new InputError('The complete_campaign_at must be after start_campaign_at.');
  if (input['timezone'] !== undefined) next['timezone'] = optStr(input, 'timezone') ?? null;
  const completeAfter = optBool(input, 'complete_campaign_after_last_step');
  if (completeAfter !== undefined) next['complete_campaign_after_last_step'] = completeAfter;
  const archive = optInt(input, 'archive_in_months');
  if (archive !== undefined && ![1, 2, 3, 6].includes(archive))
    throw new InputError('The archive_in_months must be 1, 2, 3 or 6.');
  if (archive !== undefined) next['archive_in_months'] = archive;
  const matching = optBool(input, 'provider_matching');
  if (matching !== undefined) next['provider_matching'] = matching;
  if (
    next['provider_matching'] === true &&
    ((next['email_accounts'] as unknown[] | undefined) ?? []).length < 2
  )
    throw new InputError('provider_matching needs at least 2 email accounts.');
  if (input['deals'] !== undefined) {
    checkDeals(world, input['deals']);
    next['deals'] = input['deals'];
  }
  return next;
}

function create(ctx: RouteContext): Reply {
  const title = reqStr(ctx.input, 'title');
  if (title.length > 255) throw new InputError('The title must not be greater than 255 characters.');
  oneOf(reqStr(ctx.input, 'priority'), ['low', 'medium', 'high'], 'priority');
  reqBool(ctx.input, 'complete_campaign_after_last_step');
  reqInt(ctx.input, 'archive_in_months');
  if (!isRecord(ctx.input['recipients'])) throw new InputError('The recipients.list_id field is required.');
  // Assumption (§12 "partial configs are allowed"): email accounts, tracking and sending settings are enforced at start.
  const base = {
    email_accounts: [],
    linkedin_accounts: [],
    start_campaign_at: null,
    complete_campaign_at: null,
    timezone: null,
    provider_matching: false,
  };
  const settings = mergeSettings(ctx.world, ctx.input, base);
  const sequence = buildSequence(ctx.rt, ctx.input['sequence']);
  const id = ctx.rt.nextId();
  const now = Math.floor(ctx.now / 1000);
  const campaign: Campaign = {
    id,
    status: 'new',
    title,
    hash: hex32(`campaign-${id}`),
    createdAt: now,
    updatedAt: now,
    startedAt: null,
    settings,
    entry: sequence.entry,
    steps: sequence.steps,
    content: sequence.content,
    linkedin: { contacted: 0, replies: 0, requests: 0, accepted: 0, messages: 0 },
  };
  ctx.world.campaigns.set(id, campaign);
  ctx.world.recipients.set(id, new Map());
  return ok(campaignView(campaign));
}

function patch(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  const { input } = ctx;
  // Assumption: completed and archived campaigns cannot be edited.
  if (campaign.status === 'completed' || campaign.status === 'archived')
    throw new RefusedError([`A ${campaign.status} campaign cannot be edited.`]);
  const sending = isRecord(input['sending_settings']) ? input['sending_settings'] : {};
  if (
    campaign.status !== 'new' &&
    (input['recipients'] !== undefined || CORE_SKIPS.some((key) => key in sending))
  ) {
    throw new RefusedError([
      'Recipients and core sending settings can only be changed while the campaign is new.',
    ]);
  }
  if (campaign.settings['start_campaign_at'] == null && optStr(input, 'start_campaign_at') !== undefined) {
    throw new RefusedError(['start_campaign_at cannot be added if it was not set at creation.']);
  }
  if (input['sequence'] !== undefined && !['new', 'paused', 'scheduled'].includes(campaign.status)) {
    throw new RefusedError([
      'The sequence can only be changed while the campaign is new, paused or scheduled.',
    ]);
  }
  const settings = mergeSettings(ctx.world, input, campaign.settings);
  if (input['deals'] === null) delete settings['deals'];
  const title = optStr(input, 'title');
  if (title !== undefined && title.length > 255)
    throw new InputError('The title must not be greater than 255 characters.');
  if (input['sequence'] !== undefined)
    Object.assign(campaign, buildSequence(ctx.rt, input['sequence'], campaign));
  Object.assign(campaign, {
    settings,
    title: title ?? campaign.title,
    updatedAt: Math.floor(ctx.now / 1000),
  });
  return ok(campaignView(campaign));
}

function remove(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  // §12: delete only in new, complete(d) or archived; stop a running campaign first.
  if (!['new', 'completed', 'archived'].includes(campaign.status)) {
    throw new RefusedError([`A campaign in status ${campaign.status} cannot be deleted; complete it first.`]);
  }
  ctx.world.campaigns.delete(campaign.id);
  return ok({ success: true });
}

function list(ctx: RouteContext): Reply {
  return ok(
    [...ctx.world.campaigns.values()].map((campaign) => ({
      id: campaign.id,
      campaign: campaign.title,
      list_id: Number((campaign.settings['recipients'] as { list_id?: unknown } | undefined)?.list_id),
      status: V1_STATUS[campaign.status],
      created_at: campaign.createdAt,
      updated_at: campaign.updatedAt,
      started_at: campaign.startedAt,
      hash: campaign.hash,
    })),
  );
}

export { V1_STATUS };
export const campaignHandlers: HandlerTable = {
  userCampaigns: list,
  createCampaign: create,
  campaign: (ctx) => ok(campaignView(campaignOr404(ctx))),
  updateCampaign: patch,
  deleteCampaign: remove,
  campaignSchedules: (ctx) => ok({ data: ctx.world.schedules }),
};
