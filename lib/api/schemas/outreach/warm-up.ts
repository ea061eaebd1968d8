import * as v from 'valibot';
import { lowercasePicklist, PercentSchema } from '../common';
import { sortedEntries } from './normalise';
import { settle, settleData } from './settle';

// Warm-up responses (REFERENCE.md §11).

/** A warm-up as returned by `GET /v2/warm-up[/{id}]`. */
export const WarmUpSchema = v.object({
  id: v.number(),
  status: lowercasePicklist(['active', 'pending', 'paused', 'completed', 'error']),
  reply_rate: v.optional(v.number()),
  send_to_paid_domain: v.optional(v.boolean()),
  start_date: v.nullish(v.string(), null),
  campaign_deadline: v.nullish(v.string(), null),
  strategy: v.optional(v.string()),
  per_day: v.number(),
  from: v.nullish(v.number(), null),
  increase: v.nullish(v.number(), null),
  subject: v.nullish(v.string(), null),
  body: v.nullish(v.string(), null),
  template_name: v.nullish(v.string(), null),
  enable_ctd: v.optional(v.boolean()),
  // Assumption: `schedule` (§11, shape undocumented) is a schedule id or object; kept only as present/absent detail.
  schedule: v.nullish(
    v.union([v.number(), v.looseObject({ id: v.optional(v.number()), name: v.optional(v.string()) })]),
    null,
  ),
  enable_proxy: v.optional(v.boolean()),
  sent_today: v.optional(v.number()),
  daily_limit: v.optional(v.number()),
  total_saved_from_spam: v.optional(v.number()),
  deliverability: v.nullish(PercentSchema, null),
  warm_up_error: v.nullish(v.string(), null),
  email_account: v.object({
    id: v.number(),
    email_from: v.string(),
    type: v.nullish(v.string(), null),
    provider: v.nullish(v.string(), null),
    delay: v.optional(v.number()),
    limit: v.optional(v.number()),
    per_day: v.optional(v.number()),
    schedule_required: v.optional(v.boolean()),
    custom_tracking_domain: v.nullish(v.string(), null),
  }),
});
/** A warm-up. */
export type WarmUp = v.InferOutput<typeof WarmUpSchema>;

const PageMetaSchema = v.object({
  total_items: v.number(),
  page: v.number(),
  per_page: v.number(),
  total_pages: v.number(),
});

/** PHP sends an empty map as `[]`. */
const mapOf = <S extends v.GenericSchema>(value: S) =>
  v.union([
    v.pipe(
      v.tuple([]),
      v.transform((): Record<string, v.InferOutput<S>> => ({})),
    ),
    v.record(v.string(), value),
  ]);

const DayStatsSchema = v.object({
  emails_sent: v.number(),
  replies: v.number(),
  bounces: v.number(),
  spam_emails: v.number(),
  inbox_emails: v.number(),
  categories_emails: v.optional(v.number(), 0),
  scheduled: v.optional(v.number(), 0),
});
const ProviderStatsSchema = v.object({
  id: v.optional(v.number()),
  count: v.number(),
  spam: v.number(),
  percent: PercentSchema,
  categories: v.optional(v.number(), 0),
});
const ShareSchema = v.object({ count: v.number(), percent: PercentSchema });

/** Warm-up statistics with the date / provider maps turned into sorted arrays for charts. */
export const WarmUpStatisticsSchema = v.pipe(
  v.object({
    daily_statistics: mapOf(DayStatsSchema),
    provider_statistics: mapOf(ProviderStatsSchema),
    deliverability: v.object({
      inbox: ShareSchema,
      spam: ShareSchema,
      categories: v.optional(ShareSchema, { count: 0, percent: 0 }),
    }),
    is_calculated: v.boolean(),
  }),
  v.transform((s) => ({
    daily: sortedEntries(s.daily_statistics).map(([date, day]) => ({ date, ...day })),
    providers: sortedEntries(s.provider_statistics).map(([provider, stats]) => ({ provider, ...stats })),
    deliverability: s.deliverability,
    /** False while Snov.io is still computing: re-fetch later. */
    isCalculated: s.is_calculated,
  })),
);
/** Normalised warm-up statistics. */
export type WarmUpStatistics = v.InferOutput<typeof WarmUpStatisticsSchema>;

const IdOnly = v.object({ id: v.number() });

/** Responses, keyed like ROUTES. */
export const warmUpResponses = {
  createWarmUp: settleData(IdOnly),
  warmUps: settle(v.object({ data: v.array(WarmUpSchema), meta: PageMetaSchema }), (b) => ({
    items: b.data,
    meta: b.meta,
  })),
  warmUp: settleData(WarmUpSchema),
  updateWarmUp: settleData(IdOnly),
  deleteWarmUp: settleData(IdOnly),
  warmUpStatistics: settleData(WarmUpStatisticsSchema),
};
