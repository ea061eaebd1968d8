import * as v from 'valibot';
import { DateTimeInputSchema, notEmpty, PositiveIdSchema } from './input';

// Inputs of POST /v2/campaigns/create and PATCH /v2/campaigns/{id} (REFERENCE.md §12).

const Ref = v.union([v.pipe(v.string(), v.nonEmpty('A step _ref cannot be empty')), v.number()], 'A step _ref is a string or number');
const WAIT_MAX = { minutes: 43_200, hours: 720, days: 30 } as const;

/** One block of a campaign sequence. */
export const StepInputSchema = v.pipe(
  v.object({
    _ref: Ref,
    type: v.picklist(['email', 'delay', 'trigger', 'goal', 'linkedin'], 'Step type is email, delay, trigger, goal or linkedin'),
    next: v.optional(Ref),
    yes: v.optional(Ref),
    no: v.optional(Ref),
    waiting_type: v.optional(v.picklist(['minutes', 'hours', 'days'], 'waiting_type is minutes, hours or days')),
    waiting_val: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'waiting_val is at least 1'))),
    action: v.optional(v.pipe(v.string(), v.nonEmpty())),
    goal_name: v.optional(v.pipe(v.string(), v.nonEmpty())),
    content_slots: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'content_slots is 1–15'), v.maxValue(15, 'content_slots is 1–15'))),
    subject: v.optional(v.string()),
    body: v.optional(v.string()),
    value: v.optional(v.union([v.number(), v.array(v.number())])),
    // PATCH: email steps being kept must carry content[] copied from GET (§12).
    content: v.optional(v.array(v.object({ id: v.union([v.number(), v.string()]), plain_text: v.optional(v.boolean()), usage: v.optional(v.string()) }))),
  }),
  v.forward(
    v.check((s) => (s.type !== 'delay' && s.type !== 'trigger') || (s.waiting_type !== undefined && s.waiting_val !== undefined), 'Delay and trigger steps need waiting_type and waiting_val'),
    ['waiting_val'],
  ),
  v.forward(
    v.check((s) => s.waiting_type === undefined || s.waiting_val === undefined || s.waiting_val <= WAIT_MAX[s.waiting_type], 'Wait is at most 43200 minutes / 720 hours / 30 days'),
    ['waiting_val'],
  ),
  v.forward(v.check((s) => (s.type !== 'linkedin' && s.type !== 'trigger') || s.action !== undefined, 'LinkedIn and trigger steps need an action'), ['action']),
  v.forward(v.check((s) => s.type !== 'goal' || s.goal_name !== undefined, 'Goal steps need a goal_name'), ['goal_name']),
);

/** The whole flow: `entry` must name one of the steps. */
export const SequenceInputSchema = v.pipe(
  v.object({ entry: Ref, steps: v.pipe(v.array(StepInputSchema), v.minLength(1, 'A sequence needs at least one step')) }),
  v.forward(v.check((s) => s.steps.some((step) => String(step._ref) === String(s.entry)), 'entry must be the _ref of one of the steps'), ['entry']),
);

const flag = v.optional(v.boolean());
const SendingSettingsSchema = v.object({
  sending_priority: v.optional(v.picklist(['first_email', 'follow_up'], 'sending_priority is first_email or follow_up')),
  daily_sending_all: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1))),
  daily_sending_new_recipients: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1))),
  skip_unverifiable: flag,
  skip_unverified: flag,
  skip_who_replied: flag,
  skip_company_domain_who_replied: flag,
  skip_recipients_without_variables_data: flag,
  skip_other_recipients_email_addresses: flag,
  skip_recipients_added_to_my_another_campaign: flag,
  skip_recipients_added_to_team_another_campaign: flag,
  one_click_unsubscribe: flag,
  // In the doc's example request, not in its table (§12).
  delay_type: v.optional(v.picklist(['fixed', 'random'])),
  delay_from: v.optional(v.number()),
  delay_to: v.optional(v.number()),
});

const DealsSchema = v.object({
  event: v.pipe(v.array(v.picklist(['open', 'click', 'reply'], 'Deal events are open, click or reply')), v.minLength(1, 'Pick at least one deal event')),
  pipeline_id: PositiveIdSchema,
  stage_id: PositiveIdSchema,
  potential_value: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'potential_value must be above 0'))),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/u, 'currency is a 3-letter code such as USD'))),
});

const campaignFields = {
  title: v.pipe(v.string(), v.trim(), v.nonEmpty('Give the campaign a title'), v.maxLength(255, 'Title is at most 255 characters')),
  priority: v.picklist(['low', 'medium', 'high'], 'priority is low, medium or high'),
  email_accounts: v.optional(v.array(PositiveIdSchema)),
  linkedin_accounts: v.optional(v.array(PositiveIdSchema)),
  tracking: v.optional(v.object({ open: flag, link_click: flag })),
  sending_settings: v.optional(SendingSettingsSchema),
  recipients: v.object({ list_id: PositiveIdSchema, black_list_id: v.optional(PositiveIdSchema) }),
  schedule_id: v.optional(PositiveIdSchema),
  start_campaign_at: v.nullish(DateTimeInputSchema),
  complete_campaign_at: v.nullish(DateTimeInputSchema),
  timezone: v.optional(v.pipe(v.string(), v.nonEmpty())),
  complete_campaign_after_last_step: v.boolean('complete_campaign_after_last_step is required'),
  archive_in_months: v.picklist([1, 2, 3, 6], 'archive_in_months is 1, 2, 3 or 6'),
  provider_matching: flag,
  deals: v.nullish(DealsSchema),
  sequence: SequenceInputSchema,
};

interface CrossFields {
  email_accounts?: readonly number[] | undefined;
  provider_matching?: boolean | undefined;
  start_campaign_at?: string | null | undefined;
  complete_campaign_at?: string | null | undefined;
}
const matchingOk = (i: CrossFields): boolean => i.provider_matching !== true || (i.email_accounts?.length ?? 0) >= 2;
const datesOk = (i: CrossFields): boolean => !i.start_campaign_at || !i.complete_campaign_at || i.complete_campaign_at > i.start_campaign_at;

/** Body of `POST /v2/campaigns/create`. */
export const CreateCampaignInputSchema = v.pipe(
  v.object(campaignFields),
  v.forward(v.check((i) => matchingOk(i), 'provider_matching needs at least two email accounts'), ['provider_matching']),
  v.forward(v.check((i) => datesOk(i), 'complete_campaign_at must be after start_campaign_at'), ['complete_campaign_at']),
);
/** Input of {@link CreateCampaignInputSchema}. */
export type CreateCampaignInput = v.InferInput<typeof CreateCampaignInputSchema>;

/** `PATCH /v2/campaigns/{campaign_id}`: partial; nested objects merge; `sequence` replaces the flow. */
export const UpdateCampaignInputSchema = v.object({
  campaignId: PositiveIdSchema,
  changes: v.pipe(
    v.object({
      ...v.partial(v.object(campaignFields)).entries,
      recipients: v.optional(v.partial(campaignFields.recipients)),
    }),
    notEmpty(),
    v.forward(v.check((i) => matchingOk(i), 'provider_matching needs at least two email accounts'), ['provider_matching']),
    v.forward(v.check((i) => datesOk(i), 'complete_campaign_at must be after start_campaign_at'), ['complete_campaign_at']),
  ),
});
/** Input of {@link UpdateCampaignInputSchema}. */
export type UpdateCampaignInput = v.InferInput<typeof UpdateCampaignInputSchema>;

/** Campaign state changes (note the past-tense `archived`, §12). */
export const CAMPAIGN_ACTIONS = ['start', 'pause', 'resume', 'complete', 'archived'] as const;

/** `POST /v2/campaigns/{campaign_id}/action`. */
export const CampaignActionInputSchema = v.object({
  campaignId: PositiveIdSchema,
  action: v.picklist(CAMPAIGN_ACTIONS, 'action is start, pause, resume, complete or archived'),
});
/** Input of {@link CampaignActionInputSchema}. */
export type CampaignActionInput = v.InferInput<typeof CampaignActionInputSchema>;

/** Any endpoint addressed by one campaign id. */
export const CampaignIdInputSchema = v.object({ campaignId: PositiveIdSchema });
/** Input of {@link CampaignIdInputSchema}. */
export type CampaignIdInput = v.InferInput<typeof CampaignIdInputSchema>;
