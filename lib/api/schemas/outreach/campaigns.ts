import * as v from 'valibot';
import { IdSchema, IntIdSchema, UnixSecondsSchema } from '../common';
import { CampaignStatusSchema } from './normalise';
import { settle, settleData, SuccessOnlySchema } from './settle';

// Campaign responses (REFERENCE.md §12).

/** One A/B slot of an email step; its `id` is the content_id of §13. */
export const ContentSlotSchema = v.object({
  id: v.number(),
  plain_text: v.optional(v.boolean()),
  usage: v.optional(v.string()),
});

/** A sequence block; numeric `_ref`s of email steps are the step_id of §13. */
export const StepSchema = v.object({
  _ref: IdSchema,
  type: v.string(),
  next: v.nullish(IdSchema),
  yes: v.nullish(IdSchema),
  no: v.nullish(IdSchema),
  waiting_type: v.nullish(v.string()),
  waiting_val: v.nullish(v.number()),
  action: v.nullish(v.string()),
  goal_name: v.nullish(v.string()),
  content_slots: v.nullish(v.number()),
  content: v.optional(v.array(ContentSlotSchema), []),
  subject: v.nullish(v.string()),
  body: v.nullish(v.string()),
  value: v.nullish(v.union([v.number(), v.array(v.number())])),
});
/** A campaign sequence step. */
export type Step = v.InferOutput<typeof StepSchema>;

const optionalFlag = v.nullish(v.boolean());

/** A v2 campaign (create / get / patch echo). */
export const CampaignSchema = v.object({
  id: v.number(),
  status: CampaignStatusSchema,
  title: v.string(),
  priority: v.nullish(v.string()),
  email_accounts: v.optional(v.array(v.number()), []),
  linkedin_accounts: v.optional(v.array(v.number()), []),
  tracking: v.nullish(v.object({ open: optionalFlag, link_click: optionalFlag })),
  sending_settings: v.nullish(
    v.object({
      sending_priority: v.nullish(v.string()),
      daily_sending_all: v.nullish(v.number()),
      daily_sending_new_recipients: v.nullish(v.number()),
      skip_unverifiable: optionalFlag,
      skip_unverified: optionalFlag,
      skip_who_replied: optionalFlag,
      skip_company_domain_who_replied: optionalFlag,
      skip_recipients_without_variables_data: optionalFlag,
      skip_other_recipients_email_addresses: optionalFlag,
      skip_recipients_added_to_my_another_campaign: optionalFlag,
      skip_recipients_added_to_team_another_campaign: optionalFlag,
      one_click_unsubscribe: optionalFlag,
      delay_type: v.nullish(v.string()),
      delay_from: v.nullish(v.number()),
      delay_to: v.nullish(v.number()),
    }),
  ),
  recipients: v.nullish(v.object({ list_id: v.nullish(IntIdSchema), black_list_id: v.nullish(IntIdSchema) })),
  schedule_id: v.nullish(v.number()),
  // Wall-clock times in the campaign's `timezone`, kept as sent ("YYYY-MM-DD HH:MM:SS").
  start_campaign_at: v.nullish(v.string()),
  complete_campaign_at: v.nullish(v.string()),
  timezone: v.nullish(v.string()),
  complete_campaign_after_last_step: optionalFlag,
  archive_in_months: v.nullish(v.number()),
  provider_matching: optionalFlag,
  deals: v.nullish(
    v.object({
      event: v.optional(v.array(v.string()), []),
      pipeline_id: v.nullish(v.number()),
      stage_id: v.nullish(v.number()),
      potential_value: v.nullish(v.number()),
      currency: v.nullish(v.string()),
    }),
  ),
  sequence: v.nullish(v.object({ entry: v.nullish(IdSchema), steps: v.optional(v.array(StepSchema), []) })),
});
/** A v2 campaign. */
export type Campaign = v.InferOutput<typeof CampaignSchema>;

/** A row of the v1 campaign list (Unix seconds → ISO, status → {@link CampaignStatusSchema}). */
export const CampaignSummarySchema = v.object({
  id: v.number(),
  campaign: v.string(),
  list_id: v.nullish(IntIdSchema, null),
  status: CampaignStatusSchema,
  created_at: v.nullish(UnixSecondsSchema, null),
  updated_at: v.nullish(UnixSecondsSchema, null),
  started_at: v.nullish(UnixSecondsSchema, null),
  hash: v.optional(v.string()),
});
/** A v1 campaign list row. */
export type CampaignSummary = v.InferOutput<typeof CampaignSummarySchema>;

/** A sending schedule (7 days, sunday…saturday). */
export const ScheduleSchema = v.object({
  id: v.number(),
  name: v.string(),
  timezone: v.nullish(v.string(), null),
  days: v.array(
    v.object({ day: v.string(), enabled: v.boolean(), start_time: v.string(), end_time: v.string() }),
  ),
});
/** A sending schedule. */
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** Responses, keyed like ROUTES. */
export const campaignResponses = {
  // v1 list: a bare top-level array (§2.4).
  userCampaigns: settle(v.array(CampaignSummarySchema), (rows) => rows),
  createCampaign: settleData(CampaignSchema),
  campaign: settleData(CampaignSchema),
  updateCampaign: settleData(CampaignSchema),
  deleteCampaign: SuccessOnlySchema,
  campaignAction: SuccessOnlySchema,
  campaignSchedules: settleData(v.array(ScheduleSchema)),
};
