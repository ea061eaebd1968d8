import * as v from 'valibot';
import { DateTimeInputSchema, notEmpty, PositiveIdSchema } from './input';
import { SequenceInputSchema } from './sequence-input';

// Inputs of POST /v2/campaigns/create and PATCH /v2/campaigns/{id} (REFERENCE.md §12).

const flag = v.optional(v.boolean());
const SendingSettingsSchema = v.object({
  sending_priority: v.optional(
    v.picklist(['first_email', 'follow_up'], 'sending_priority is first_email or follow_up'),
  ),
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
  event: v.pipe(
    v.array(v.picklist(['open', 'click', 'reply'], 'Deal events are open, click or reply')),
    v.minLength(1, 'Pick at least one deal event'),
  ),
  pipeline_id: PositiveIdSchema,
  stage_id: PositiveIdSchema,
  potential_value: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1, 'potential_value must be above 0')),
  ),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/u, 'currency is a 3-letter code such as USD'))),
});

const campaignFields = {
  title: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('Give the campaign a title'),
    v.maxLength(255, 'Title is at most 255 characters'),
  ),
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
const matchingOk = (i: CrossFields): boolean =>
  i.provider_matching !== true || (i.email_accounts?.length ?? 0) >= 2;
const datesOk = (i: CrossFields): boolean =>
  !i.start_campaign_at || !i.complete_campaign_at || i.complete_campaign_at > i.start_campaign_at;

/** Body of `POST /v2/campaigns/create`. */
export const CreateCampaignInputSchema = v.pipe(
  v.object(campaignFields),
  v.forward(
    v.check((i) => matchingOk(i), 'provider_matching needs at least two email accounts'),
    ['provider_matching'],
  ),
  v.forward(
    v.check((i) => datesOk(i), 'complete_campaign_at must be after start_campaign_at'),
    ['complete_campaign_at'],
  ),
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
    v.forward(
      v.check((i) => matchingOk(i), 'provider_matching needs at least two email accounts'),
      ['provider_matching'],
    ),
    v.forward(
      v.check((i) => datesOk(i), 'complete_campaign_at must be after start_campaign_at'),
      ['complete_campaign_at'],
    ),
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
