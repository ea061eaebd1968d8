import { activityByDay, funnelFromAnalytics } from '../../api/endpoints/outreach/derive';
import type { RecipientActivity } from '../../api/schemas/outreach/analytics';
import type { Handlers } from '../handlers';
import { ok } from '../../result';
import type { OutreachApiProvider } from './api';
import { withApi } from './api';
import { fetchReplies } from './replies';

type Names =
  | 'getOutreachAnalytics'
  | 'getRecipientsActivity'
  | 'getActivityTimeline'
  | 'listReplies'
  | 'listEmailEvents'
  | 'listSentEmails';

/** Pages of 1000 events read for one activity chart at most (5 requests of the minute's 60). */
const TIMELINE_PAGES = 5;
const TIMELINE_LIMIT = 1000;

/** Analytics reads (REFERENCE.md §14, all free). */
export function createAnalyticsHandlers(getApi: OutreachApiProvider): Pick<Handlers, Names> {
  return {
    getOutreachAnalytics: ({ dateFrom, dateTo, campaignIds, senderIds }) =>
      withApi(getApi, async (api) => {
        const result = await api.campaignAnalytics({
          date_from: dateFrom,
          date_to: dateTo,
          // An empty filter means "all campaigns" to the user: leave it out (§14).
          ...(campaignIds && campaignIds.length > 0 ? { campaign_id: [...campaignIds] } : {}),
          ...(senderIds && senderIds.length > 0 ? { sender_email: [...senderIds] } : {}),
        });
        return result.ok
          ? ok({ analytics: result.value, funnel: funnelFromAnalytics(result.value) })
          : result;
      }),
    getRecipientsActivity: ({ offset, limit, ...range }) =>
      withApi(getApi, (api) =>
        api.recipientsActivity({
          ...range,
          ...(offset === undefined ? {} : { offset }),
          ...(limit === undefined ? {} : { limit }),
        }),
      ),
    getActivityTimeline: (range) =>
      withApi(getApi, async (api) => {
        const rows: RecipientActivity[] = [];
        for (let page = 0; page < TIMELINE_PAGES; page += 1) {
          const result = await api.recipientsActivity({
            ...range,
            offset: rows.length,
            limit: TIMELINE_LIMIT,
          });
          if (!result.ok) return result;
          rows.push(...result.value.items);
          if (!result.value.pagination.has_more) break;
        }
        return ok(activityByDay(rows));
      }),
    listReplies: ({ campaignId }) => withApi(getApi, (api) => fetchReplies(api, campaignId)),
    listEmailEvents: ({ campaignId, kind, offset }) =>
      withApi(getApi, (api) => {
        const input = { campaignId, ...(offset === undefined ? {} : { offset }) };
        switch (kind) {
          case 'replies':
            return api.emailReplies(input);
          case 'opens':
            return api.emailsOpened(input);
          case 'clicks':
            return api.emailsClicked(input);
        }
      }),
    listSentEmails: ({ campaignId, offset }) =>
      withApi(getApi, (api) => api.emailsSent({ campaignId, ...(offset === undefined ? {} : { offset }) })),
  };
}
