import * as v from 'valibot';
import { DateStringSchema, IdSchema, IntIdSchema, LowercaseSchema, PercentSchema } from '../common';
import { EmailActivitySchema, SentEmailSchema } from './activity';
import { CampaignStatusSchema } from './normalise';
import { settle, settleData } from './settle';

// Analytics responses (REFERENCE.md §14).

const n = v.optional(v.number(), 0);
const r = v.optional(PercentSchema, 0);

/** Flat campaign analytics; `*_rate` strings ("70%") become numbers (70). */
export const CampaignAnalyticsSchema = v.object({
  total_contacted: n,
  emails_sent: n,
  first_emails: n,
  first_emails_rate: r,
  follow_ups: n,
  follow_ups_rate: r,
  delivered: n,
  delivered_rate: r,
  bounced: n,
  bounced_rate: r,
  contacted_by_email: n,
  email_opens: n,
  email_opens_rate: r,
  link_clicks: n,
  link_clicks_rate: r,
  email_replies: n,
  email_replies_rate: r,
  unsubscribed: n,
  unsubscribed_rate: r,
  auto_replied: n,
  auto_replied_rate: r,
  contacted_by_linkedin: n,
  linkedin_total_replies: n,
  linkedin_total_replies_rate: r,
  connection_request_replies: n,
  connection_request_replies_rate: r,
  message_replies: n,
  message_replies_rate: r,
  in_mail_replies: n,
  in_mail_replies_rate: r,
  connection_requests: n,
  accepted_requests: n,
  accepted_requests_rate: r,
  failed_connection_requests: n,
  messages_sent: n,
  linkedin_views: n,
  linkedin_likes: n,
  linkedin_follows: n,
  in_mail_sent: n,
  interested: n,
  interested_rate: r,
  maybe: n,
  maybe_rate: r,
  not_interested: n,
  not_interested_rate: r,
});
/** Campaign analytics. */
export type CampaignAnalytics = v.InferOutput<typeof CampaignAnalyticsSchema>;

/** `{ status: "Active", unfinished: 1, progress: "90%" }` → lowercase status, numeric progress. */
export const CampaignProgressSchema = v.object({
  status: CampaignStatusSchema,
  unfinished: v.number(),
  progress: PercentSchema,
});
/** Campaign progress. */
export type CampaignProgress = v.InferOutput<typeof CampaignProgressSchema>;

const text = v.nullish(v.string(), null);

/** One recipients-activity event; `event_time` → ISO (UTC). */
export const RecipientActivitySchema = v.object({
  event_time: DateStringSchema,
  event_type: LowercaseSchema,
  sender_email: text,
  email_subject: text,
  recipient_email: text,
  recipient_name: text,
  phone: text,
  industry: text,
  country: text,
  location: text,
  company: text,
  job_position: text,
  hq_phone: text,
  website: text,
});
/** A recipients-activity event. */
export type RecipientActivity = v.InferOutput<typeof RecipientActivitySchema>;

const PaginationSchema = v.object({
  total: v.number(),
  offset: v.number(),
  limit: v.number(),
  has_more: v.boolean(),
});

/** One (contact, reply type) record of all-replies, with its reply texts. */
export const ReplyThreadSchema = v.object({
  campaignId: IntIdSchema,
  campaign: text,
  prospectId: IdSchema,
  prospectName: text,
  prospectEmail: text,
  linkedInProfile: text,
  replyType: v.string(),
  receivedAt: DateStringSchema,
  replies: v.optional(
    v.array(
      v.object({ subject: v.optional(v.string(), ''), message: v.string(), receivedAt: DateStringSchema }),
    ),
    [],
  ),
});
/** A reply thread. */
export type ReplyThread = v.InferOutput<typeof ReplyThreadSchema>;

const bare = <S extends v.GenericSchema>(row: S) => settle(v.array(row), (rows) => rows);

/** Responses, keyed like ROUTES. */
export const analyticsResponses = {
  // Flat object, no `data` wrapper.
  campaignAnalytics: settle(CampaignAnalyticsSchema, (body) => body),
  campaignProgress: settle(CampaignProgressSchema, (body) => body),
  recipientsActivity: settle(
    v.object({ data: v.array(RecipientActivitySchema), pagination: PaginationSchema }),
    (b) => ({ items: b.data, pagination: b.pagination }),
  ),
  allReplies: settleData(v.array(ReplyThreadSchema)),
  emailReplies: bare(EmailActivitySchema),
  emailsOpened: bare(EmailActivitySchema),
  emailsClicked: bare(EmailActivitySchema),
  emailsSent: bare(SentEmailSchema),
};
