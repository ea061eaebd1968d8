/**
 * Messages of the outreach dashboard (issue 5). Only extension pages may send them: nothing here
 * is reachable from a content script. Payloads are strict and bounded; the background passes them
 * to the outreach client, which validates the API's own rules again (`invalid-input`, no request).
 * Inputs passed through verbatim keep the API's snake_case field names (REFERENCE.md §10–§11).
 * Return types are the client's normalised outputs (its schemas already flatten Snov.io's envelopes).
 */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { message } from '../define';
import { text } from './dto';
import { WEBHOOK_EVENTS } from '../../api/schemas/outreach/webhook-events';
import type {
  CampaignAnalytics,
  CampaignProgress,
  RecipientActivity,
} from '../../api/schemas/outreach/analytics';
import type { EmailActivity, SentEmail } from '../../api/schemas/outreach/activity';
import type { Campaign, CampaignSummary, Schedule, Step } from '../../api/schemas/outreach/campaigns';
import type { StepContent } from '../../api/schemas/outreach/content';
import type { DoNotEmailList, FinishedProspect, RecipientCheck } from '../../api/schemas/outreach/recipients';
import type {
  ConnectionStatus,
  SenderAccount,
  SenderAccountSummary,
  SenderStatus,
} from '../../api/schemas/outreach/sender-accounts';
import type { WarmUp, WarmUpStatistics } from '../../api/schemas/outreach/warm-up';
import type { Webhook } from '../../api/schemas/outreach/webhooks';
import type { WebhookEvent } from '../../api/schemas/outreach/webhook-events';
import type { DayActivity, FunnelStage } from '../../api/endpoints/outreach/derive';
import type { CampaignStatus } from '../../api/schemas/outreach/normalise';

// Shapes: the client's normalised outputs, re-exported so UI code never imports lib/api.
export { WEBHOOK_EVENTS };
export type {
  Campaign,
  CampaignAnalytics,
  CampaignProgress,
  CampaignStatus,
  CampaignSummary,
  ConnectionStatus,
  DayActivity,
  DoNotEmailList,
};
export type {
  EmailActivity,
  FinishedProspect,
  FunnelStage,
  RecipientActivity,
  RecipientCheck,
  Schedule,
  SenderAccount,
  SenderAccountSummary,
};
export type { SenderStatus, SentEmail, Step, StepContent, WarmUp, WarmUpStatistics, Webhook, WebhookEvent };

/** A campaign's progress and its analytics for a period (with the funnel derived from them). */
export interface CampaignMetrics {
  readonly progress: CampaignProgress;
  readonly analytics: CampaignAnalytics;
  readonly funnel: readonly FunnelStage[];
}

/** Analytics for a period, with the funnel derived from it. */
export interface AnalyticsView {
  readonly analytics: CampaignAnalytics;
  readonly funnel: readonly FunnelStage[];
}

/** One page of recipients activity. */
export interface ActivityPage {
  readonly items: readonly RecipientActivity[];
  readonly pagination: {
    readonly total: number;
    readonly offset: number;
    readonly limit: number;
    readonly has_more: boolean;
  };
}

/** One page of warm-ups. */
export interface WarmUpPage {
  readonly items: readonly WarmUp[];
  readonly meta: {
    readonly total_items: number;
    readonly page: number;
    readonly per_page: number;
    readonly total_pages: number;
  };
}

/** One reply (e-mail or LinkedIn), flattened from all-replies threads; `key` is stable and URL-safe. */
export interface ReplyItem {
  readonly key: string;
  readonly campaignId: number;
  readonly campaign: string | null;
  readonly prospectName: string | null;
  readonly prospectEmail: string | null;
  readonly linkedInProfile: string | null;
  readonly replyType: string;
  readonly subject: string;
  readonly message: string;
  readonly receivedAt: string;
}

const page = ['extension-page'] as const;
type R<X> = Result<X, ApiError>;

const Id = v.pipe(v.number(), v.integer(), v.minValue(1));
const OpaqueId = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^\d{1,30}$/u)),
]);
const Day = v.pipe(v.string(), v.isoDate());
const Email = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email('Enter a valid e-mail address'));
const Ids = v.pipe(v.array(Id), v.maxLength(200));
const Offset = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Title = v.pipe(v.string(), v.trim(), v.minLength(1, 'Give it a name'), v.maxLength(255));
const CampaignRef = v.strictObject({ campaignId: Id });
const ContentRef = { campaignId: Id, stepId: OpaqueId, contentId: OpaqueId };
const Host = v.pipe(v.string(), v.trim(), v.minLength(1, 'Give the host'), v.maxLength(253));
// The port decides the encryption (REFERENCE.md §10): 465→ssl, 587→tls, 25→none; IMAP 993→ssl/tls, 143→none.
const Smtp = v.variant(
  'port',
  [
    v.strictObject({ host: Host, port: v.literal(465), encryption: v.literal('ssl') }),
    v.strictObject({ host: Host, port: v.literal(587), encryption: v.literal('tls') }),
    v.strictObject({ host: Host, port: v.literal(25), encryption: v.literal('none') }),
  ],
  'SMTP port must be 25, 465 or 587',
);
const Imap = v.variant(
  'port',
  [
    v.strictObject({ host: Host, port: v.literal(993), encryption: v.picklist(['ssl', 'tls']) }),
    v.strictObject({ host: Host, port: v.literal(143), encryption: v.literal('none') }),
  ],
  'IMAP port must be 143 or 993',
);
const EVENT_OBJECTS = [...new Set(WEBHOOK_EVENTS.map((event) => event.object))];
const Subject = v.pipe(v.string(), v.maxLength(1000));
const Body = v.pipe(v.string(), v.maxLength(100_000));

/** The campaign settings the dashboard edits (mapped to the v2 body by the background). */
const CampaignSettings = {
  title: Title,
  priority: v.picklist(['low', 'medium', 'high']),
  emailAccounts: v.pipe(Ids, v.minLength(1, 'Pick at least one sender account')),
  scheduleId: v.optional(Id),
  trackOpens: v.boolean(),
  trackClicks: v.boolean(),
  dailyLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
};

const SenderFields = {
  sender_name: v.pipe(v.string(), v.trim(), v.minLength(1, 'Give a sender name'), v.maxLength(100)),
  email_from: Email,
  password: v.pipe(v.string(), v.minLength(1, 'Give the password'), v.maxLength(500)),
  smtp: Smtp,
  imap: v.optional(Imap),
  reply_to: v.optional(Email),
  limitation: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200))),
};

const WarmUpFields = {
  strategy: v.optional(v.picklist(['progressive', 'steady'])),
  per_day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  from: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
  increase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  reply_rate: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(45))),
  campaign_deadline: v.optional(Day),
};

export const outreachMessages = {
  // Campaigns (REFERENCE.md §12)
  listOutreachCampaigns: message<R<readonly CampaignSummary[]>>()(v.undefined(), page),
  getCampaignMetrics: message<R<CampaignMetrics>>()(
    v.strictObject({ campaignId: Id, dateFrom: Day, dateTo: Day }),
    page,
  ),
  getCampaign: message<R<Campaign>>()(CampaignRef, page),
  createCampaign: message<R<Campaign>>()(
    v.strictObject({
      ...CampaignSettings,
      listId: Id,
      doNotEmailListId: v.optional(Id),
      emailSteps: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
      delayDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
    }),
    page,
  ),
  updateCampaign: message<R<Campaign>>()(
    v.strictObject({
      campaignId: Id,
      changes: v.strictObject(v.partial(v.strictObject(CampaignSettings)).entries),
    }),
    page,
  ),
  runCampaignAction: message<R<true>>()(
    v.strictObject({
      campaignId: Id,
      action: v.picklist(['start', 'pause', 'resume', 'complete', 'archived']),
    }),
    page,
  ),
  deleteCampaign: message<R<true>>()(CampaignRef, page),
  listSchedules: message<R<readonly Schedule[]>>()(v.undefined(), page),

  // E-mail step content (§13)
  getStepContent: message<R<StepContent>>()(v.strictObject(ContentRef), page),
  writeStepContent: message<R<StepContent>>()(
    v.strictObject({
      ...ContentRef,
      subject: Subject,
      body: Body,
      plainText: v.boolean(),
      usage: v.picklist(['active', 'pause']),
    }),
    page,
  ),
  editStepContent: message<R<StepContent>>()(
    v.strictObject({
      ...ContentRef,
      changes: v.strictObject({
        subject: v.optional(Subject),
        body: v.optional(Body),
        plainText: v.optional(v.boolean()),
        usage: v.optional(v.picklist(['active', 'pause'])),
      }),
    }),
    page,
  ),
  deleteStepContent: message<R<true>>()(v.strictObject(ContentRef), page),

  // Recipients and do-not-email lists (§12)
  checkRecipients: message<R<readonly RecipientCheck[]>>()(
    v.strictObject({ campaignId: Id, emails: v.pipe(v.array(Email), v.minLength(1), v.maxLength(100)) }),
    page,
  ),
  setRecipientStatus: message<R<true>>()(
    v.strictObject({
      campaignId: Id,
      email: Email,
      status: v.picklist(['Active', 'Paused', 'Unsubscribed']),
    }),
    page,
  ),
  listFinishedProspects: message<R<readonly FinishedProspect[]>>()(CampaignRef, page),
  listDoNotEmailLists: message<R<readonly DoNotEmailList[]>>()(v.undefined(), page),
  addToDoNotEmailList: message<R<{ readonly duplicates: readonly string[] }>>()(
    v.strictObject({ listId: Id, items: v.pipe(v.array(text(254)), v.minLength(1), v.maxLength(100)) }),
    page,
  ),

  // Analytics (§14)
  getOutreachAnalytics: message<R<AnalyticsView>>()(
    v.strictObject({ dateFrom: Day, dateTo: Day, campaignIds: v.optional(Ids), senderIds: v.optional(Ids) }),
    page,
  ),
  getRecipientsActivity: message<R<ActivityPage>>()(
    v.strictObject({
      campaignId: Id,
      dateFrom: Day,
      dateTo: Day,
      offset: Offset,
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
    }),
    page,
  ),
  getActivityTimeline: message<R<readonly DayActivity[]>>()(
    v.strictObject({ campaignId: Id, dateFrom: Day, dateTo: Day }),
    page,
  ),
  listReplies: message<R<readonly ReplyItem[]>>()(CampaignRef, page),
  listEmailEvents: message<R<readonly EmailActivity[]>>()(
    v.strictObject({ campaignId: Id, kind: v.picklist(['replies', 'opens', 'clicks']), offset: Offset }),
    page,
  ),
  listSentEmails: message<R<readonly SentEmail[]>>()(
    v.strictObject({ campaignId: Id, offset: Offset }),
    page,
  ),

  // Sender accounts (§10)
  listSenderAccounts: message<R<readonly SenderAccountSummary[]>>()(v.undefined(), page),
  createSenderAccount: message<R<SenderAccount>>()(v.strictObject(SenderFields), page),
  updateSenderAccount: message<R<SenderAccount>>()(
    v.strictObject({ id: Id, changes: v.strictObject(v.partial(v.strictObject(SenderFields)).entries) }),
    page,
  ),
  getSenderStatus: message<R<SenderStatus>>()(v.strictObject({ id: Id }), page),

  // Warm-up (§11)
  listWarmUps: message<R<WarmUpPage>>()(v.strictObject({ page: v.optional(Id) }), page),
  createWarmUp: message<R<{ readonly id: number }>>()(
    v.strictObject({ email_account_id: Id, ...WarmUpFields }),
    page,
  ),
  updateWarmUp: message<R<{ readonly id: number }>>()(
    v.strictObject({
      id: Id,
      changes: v.strictObject({
        ...v.partial(v.strictObject(WarmUpFields)).entries,
        status: v.optional(v.picklist(['active', 'paused', 'completed'])),
      }),
    }),
    page,
  ),
  deleteWarmUp: message<R<{ readonly id: number }>>()(v.strictObject({ id: Id }), page),
  getWarmUpStatistics: message<R<WarmUpStatistics>>()(
    v.strictObject({
      id: Id,
      period: v.optional(v.picklist(['two_weeks', 'month'])),
      dateFrom: v.optional(Day),
      dateTo: v.optional(Day),
    }),
    page,
  ),

  // Webhooks (§17)
  listWebhooks: message<R<readonly Webhook[]>>()(v.undefined(), page),
  createWebhook: message<R<Webhook>>()(
    v.strictObject({
      eventObject: v.picklist(EVENT_OBJECTS),
      eventAction: text(60),
      endpointUrl: v.pipe(v.string(), v.trim(), v.maxLength(2048), v.url('Enter an absolute URL')),
    }),
    page,
  ),
  setWebhookStatus: message<R<Webhook>>()(
    v.strictObject({ webhookId: Id, status: v.picklist(['active', 'deactivated']) }),
    page,
  ),
  deleteWebhook: message<R<true>>()(v.strictObject({ webhookId: Id }), page),

  // Reply notifications (polled; a browser extension cannot receive webhooks)
  checkRepliesNow: message<R<{ readonly newReplies: number }>>()(v.undefined(), page),
  markRepliesRead: message<null>()(v.undefined(), page),
};

/** The names of the dashboard's messages. */
export type OutreachMessageName = keyof typeof outreachMessages;
