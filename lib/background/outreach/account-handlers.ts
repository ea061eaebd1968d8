import type { Handlers } from '../handlers';
import type { OutreachApiProvider } from './api';
import { withApi } from './api';

type Names =
  | 'listSenderAccounts'
  | 'createSenderAccount'
  | 'updateSenderAccount'
  | 'getSenderStatus'
  | 'listWarmUps'
  | 'createWarmUp'
  | 'updateWarmUp'
  | 'deleteWarmUp'
  | 'getWarmUpStatistics'
  | 'listWebhooks'
  | 'createWebhook'
  | 'setWebhookStatus'
  | 'deleteWebhook';

/** Sender accounts, warm-ups and webhooks (REFERENCE.md §10, §11, §17); the client re-checks the API's rules. */
export function createAccountHandlers(getApi: OutreachApiProvider): Pick<Handlers, Names> {
  return {
    listSenderAccounts: () => withApi(getApi, (api) => api.senderAccounts()),
    createSenderAccount: (input) => withApi(getApi, (api) => api.createSenderAccount(input)),
    updateSenderAccount: (input) => withApi(getApi, (api) => api.updateSenderAccount(input)),
    getSenderStatus: ({ id }) => withApi(getApi, (api) => api.senderStatus({ sender_account_id: id })),
    listWarmUps: ({ page }) => withApi(getApi, (api) => api.warmUps(page === undefined ? {} : { page })),
    createWarmUp: (input) => withApi(getApi, (api) => api.createWarmUp(input)),
    updateWarmUp: (input) => withApi(getApi, (api) => api.updateWarmUp(input)),
    deleteWarmUp: (input) => withApi(getApi, (api) => api.deleteWarmUp(input)),
    getWarmUpStatistics: ({ id, period, dateFrom, dateTo }) =>
      withApi(getApi, (api) =>
        api.warmUpStatistics({
          id,
          ...(period === undefined ? {} : { period }),
          ...(dateFrom === undefined ? {} : { date_from: dateFrom }),
          ...(dateTo === undefined ? {} : { date_to: dateTo }),
        }),
      ),
    listWebhooks: () => withApi(getApi, (api) => api.webhooks()),
    createWebhook: ({ eventObject, eventAction, endpointUrl }) =>
      withApi(getApi, (api) =>
        api.createWebhook({
          event_object: eventObject,
          event_action: eventAction,
          endpoint_url: endpointUrl,
        }),
      ),
    setWebhookStatus: (input) => withApi(getApi, (api) => api.updateWebhook(input)),
    deleteWebhook: (input) => withApi(getApi, (api) => api.deleteWebhook(input)),
  };
}
