import { funnelFromAnalytics } from '../../api/endpoints/outreach/derive';
import type { Handlers } from '../handlers';
import { ok } from '../../result';
import type { OutreachApiProvider } from './api';
import { withApi } from './api';
import { createCampaignBody, updateCampaignBody } from './campaign-body';

type Names =
  | 'listOutreachCampaigns'
  | 'getCampaignMetrics'
  | 'getCampaign'
  | 'createCampaign'
  | 'updateCampaign'
  | 'runCampaignAction'
  | 'deleteCampaign'
  | 'listSchedules'
  | 'getStepContent'
  | 'writeStepContent'
  | 'editStepContent'
  | 'deleteStepContent'
  | 'checkRecipients'
  | 'setRecipientStatus'
  | 'listFinishedProspects'
  | 'listDoNotEmailLists'
  | 'addToDoNotEmailList';

/** Campaigns, step content, recipients and do-not-email lists (REFERENCE.md §12–§13). */
export function createCampaignHandlers(getApi: OutreachApiProvider): Pick<Handlers, Names> {
  return {
    listOutreachCampaigns: () => withApi(getApi, (api) => api.userCampaigns()),
    getCampaignMetrics: ({ campaignId, dateFrom, dateTo }) =>
      withApi(getApi, async (api) => {
        const progress = await api.campaignProgress({ campaignId });
        if (!progress.ok) return progress;
        const analytics = await api.campaignAnalytics({
          date_from: dateFrom,
          date_to: dateTo,
          campaign_id: [campaignId],
        });
        return analytics.ok
          ? ok({
              progress: progress.value,
              analytics: analytics.value,
              funnel: funnelFromAnalytics(analytics.value),
            })
          : analytics;
      }),
    getCampaign: ({ campaignId }) => withApi(getApi, (api) => api.campaign({ campaignId })),
    createCampaign: (input) => withApi(getApi, (api) => api.createCampaign(createCampaignBody(input))),
    updateCampaign: ({ campaignId, changes }) =>
      withApi(getApi, (api) => api.updateCampaign({ campaignId, changes: updateCampaignBody(changes) })),
    runCampaignAction: (input) => withApi(getApi, (api) => api.campaignAction(input)),
    deleteCampaign: (input) => withApi(getApi, (api) => api.deleteCampaign(input)),
    listSchedules: () => withApi(getApi, (api) => api.campaignSchedules()),
    getStepContent: (address) => withApi(getApi, (api) => api.stepContent(address)),
    writeStepContent: ({ plainText, ...rest }) =>
      withApi(getApi, (api) => api.createStepContent({ ...rest, plain_text: plainText })),
    editStepContent: ({ changes: { plainText, ...changes }, ...address }) =>
      withApi(getApi, (api) =>
        api.updateStepContent({
          ...address,
          changes: { ...changes, ...(plainText === undefined ? {} : { plain_text: plainText }) },
        }),
      ),
    deleteStepContent: (address) => withApi(getApi, (api) => api.deleteStepContent(address)),
    checkRecipients: ({ campaignId, emails }) =>
      withApi(getApi, (api) => api.recipientStatus({ campaignId, emails: [...emails] })),
    setRecipientStatus: (input) => withApi(getApi, (api) => api.changeRecipientStatus(input)),
    listFinishedProspects: (input) => withApi(getApi, (api) => api.finishedProspects(input)),
    listDoNotEmailLists: () => withApi(getApi, (api) => api.doNotEmailLists()),
    addToDoNotEmailList: ({ listId, items }) =>
      withApi(getApi, (api) => api.addToDoNotEmailList({ listId, items: [...items] })),
  };
}
