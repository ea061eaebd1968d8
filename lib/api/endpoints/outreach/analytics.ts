import { ROUTES } from '../../paths';
import {
  CampaignAnalyticsInputSchema,
  CampaignOffsetInputSchema,
  RecipientsActivityInputSchema,
} from '../../schemas/outreach/analytics-input';
import { analyticsResponses as R } from '../../schemas/outreach/analytics';
import { CampaignIdInputSchema } from '../../schemas/outreach/campaign-input';
import { endpoint } from './define';

// Analytics (REFERENCE.md §14), all free.

const joined = (list: readonly (string | number)[] | undefined): string | undefined => list?.join(',');

/** Campaign analytics for a period; list filters go as one comma-separated string each (§2.1). */
export const campaignAnalytics = endpoint(CampaignAnalyticsInputSchema, (i) => ({
  route: ROUTES.campaignAnalytics,
  query: {
    date_from: i.date_from,
    date_to: i.date_to,
    campaign_id: joined(i.campaign_id),
    sender_email: joined(i.sender_email),
    sender_linkedin: joined(i.sender_linkedin),
    campaign_owner: joined(i.campaign_owner),
  },
  schema: R.campaignAnalytics,
}));

/** Campaign status and share of recipients done (`progress` as a number). */
export const campaignProgress = endpoint(CampaignIdInputSchema, ({ campaignId }) => ({
  route: ROUTES.campaignProgress,
  pathParams: { campaign_id: campaignId },
  schema: R.campaignProgress,
}));

/** Per-recipient events over ≤ 31 days (camelCase `dateFrom`/`dateTo`), paged by offset/limit. */
export const recipientsActivity = endpoint(RecipientsActivityInputSchema, ({ campaignId, ...query }) => ({
  route: ROUTES.recipientsActivity,
  pathParams: { campaign_id: campaignId },
  query,
  schema: R.recipientsActivity,
}));

/** E-mail and LinkedIn replies with their text. */
export const allReplies = endpoint(CampaignOffsetInputSchema, ({ campaignId, offset }) => ({
  route: ROUTES.allReplies,
  pathParams: { campaign_id: campaignId },
  // Assumption: page size is undocumented (§14); callers page until an empty `data`.
  query: { offset },
  schema: R.allReplies,
}));

/** v1 e-mail replies (the sent e-mail's subject/body, not the reply text); ≤ 10,000 rows per call. */
export const emailReplies = endpoint(CampaignOffsetInputSchema, (query) => ({
  route: ROUTES.emailReplies,
  query,
  schema: R.emailReplies,
}));

/** v1 opens, newest first; ≤ 10,000 rows per call. */
export const emailsOpened = endpoint(CampaignOffsetInputSchema, (query) => ({
  route: ROUTES.emailsOpened,
  query,
  schema: R.emailsOpened,
}));

/** v1 clicks, newest first; ≤ 10,000 rows per call. */
export const emailsClicked = endpoint(CampaignOffsetInputSchema, (query) => ({
  route: ROUTES.emailsClicked,
  query,
  schema: R.emailsClicked,
}));

/** v1 sent e-mails; ≤ 10,000 rows per call. */
export const emailsSent = endpoint(CampaignOffsetInputSchema, (query) => ({
  route: ROUTES.emailsSent,
  query,
  schema: R.emailsSent,
}));
