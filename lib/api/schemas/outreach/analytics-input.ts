import * as v from 'valibot';
import { daysBetween, DateInputSchema, EmailInputSchema, OffsetSchema, PositiveIdSchema } from './input';

// Inputs of the analytics reads (REFERENCE.md §14).

const MAX_SPAN_DAYS = 31;
const ids = v.optional(
  v.pipe(v.array(PositiveIdSchema), v.minLength(1, 'Give at least one id, or leave the filter out')),
);

/** `GET /v2/statistics/campaign-analytics`; list filters are sent comma-separated, as documented. */
export const CampaignAnalyticsInputSchema = v.pipe(
  v.object({
    date_from: DateInputSchema,
    date_to: DateInputSchema,
    campaign_id: ids,
    /** Sender account **ids** (the parameter name says e-mail, §14). */
    sender_email: ids,
    sender_linkedin: ids,
    campaign_owner: v.optional(
      v.pipe(v.array(EmailInputSchema), v.minLength(1, 'Give at least one owner, or leave the filter out')),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['date_from'], ['date_to']],
      (i) => i.date_to >= i.date_from,
      'date_to is before date_from',
    ),
    ['date_to'],
  ),
);
/** Input of {@link CampaignAnalyticsInputSchema}. */
export type CampaignAnalyticsInput = v.InferInput<typeof CampaignAnalyticsInputSchema>;

/** `GET /v2/campaigns/{id}/recipients-activity`: camelCase dates, span ≤ 31 days, limit ≤ 1000. */
export const RecipientsActivityInputSchema = v.pipe(
  v.object({
    campaignId: PositiveIdSchema,
    dateFrom: DateInputSchema,
    dateTo: DateInputSchema,
    offset: OffsetSchema,
    limit: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1, 'limit is 1–1000'), v.maxValue(1000, 'limit is 1–1000')),
    ),
  }),
  v.forward(
    v.partialCheck([['dateFrom'], ['dateTo']], (i) => i.dateTo >= i.dateFrom, 'dateTo is before dateFrom'),
    ['dateTo'],
  ),
  // Assumption: "span ≤ 31 days" means dateTo − dateFrom ≤ 31 days (e.g. 1 Jan → 1 Feb is allowed).
  v.forward(
    v.partialCheck(
      [['dateFrom'], ['dateTo']],
      (i) => daysBetween(i.dateFrom, i.dateTo) <= MAX_SPAN_DAYS,
      `The date range is at most ${MAX_SPAN_DAYS} days`,
    ),
    ['dateTo'],
  ),
);
/** Input of {@link RecipientsActivityInputSchema}. */
export type RecipientsActivityInput = v.InferInput<typeof RecipientsActivityInputSchema>;

/** A campaign read paged by offset (all-replies and the v1 activity lists). */
export const CampaignOffsetInputSchema = v.object({ campaignId: PositiveIdSchema, offset: OffsetSchema });
/** Input of {@link CampaignOffsetInputSchema}. */
export type CampaignOffsetInput = v.InferInput<typeof CampaignOffsetInputSchema>;
