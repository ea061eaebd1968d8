/**
 * The outreach dashboard's background half: one handler per dashboard message and the reply
 * notifications. The entrypoint spreads `handlers` into the handler table and calls `register()`
 * synchronously at the top of main.
 */
import { browser } from '#imports';
import { createOutreachEndpoints } from '../../api/endpoints/outreach';
import type { Transport } from '../../api/transport-types';
import { readSettings, settingsItem } from '../../storage/items';
import { parseSettings } from '../../storage/settings-schema';
import type { Handlers } from '../handlers';
import type { OutreachMessageName } from '../../messaging/protocol/outreach';
import type { OutreachApi, OutreachApiProvider } from './api';
import { createAccountHandlers } from './account-handlers';
import { createAnalyticsHandlers } from './analytics-handlers';
import { createCampaignHandlers } from './campaign-handlers';
import { registerReplyListeners } from './listeners';
import { createReplyPoller } from './reply-poller';
import type { ReplyPoller } from './reply-poller';
import { replyStore } from './reply-store';

/** Every outreach handler over one API provider and one poller (exported for tests). */
export function createOutreachHandlers(
  getApi: OutreachApiProvider,
  poller: Pick<ReplyPoller, 'poll' | 'markRead'>,
): Pick<Handlers, OutreachMessageName> {
  return {
    ...createCampaignHandlers(getApi),
    ...createAnalyticsHandlers(getApi),
    ...createAccountHandlers(getApi),
    checkRepliesNow: () => poller.poll(),
    markRepliesRead: async () => {
      await poller.markRead();
      return null;
    },
  };
}

/** Binds the outreach functions once per transport (a new transport means new credentials or base URL). */
function outreachProvider(
  connection: () => Promise<{ readonly transport: Transport } | null>,
): OutreachApiProvider {
  const bound = new WeakMap<Transport, OutreachApi>();
  return async () => {
    const current = await connection();
    if (!current) return null;
    const api = bound.get(current.transport) ?? createOutreachEndpoints(current.transport);
    bound.set(current.transport, api);
    return api;
  };
}

/** Wires the outreach background to the auth service's connection. */
export function createOutreachBackground(
  connection: () => Promise<{ readonly transport: Transport } | null>,
): {
  readonly handlers: Pick<Handlers, OutreachMessageName>;
  register(): void;
} {
  const getApi = outreachProvider(connection);
  const poller = createReplyPoller({ getApi, store: replyStore, browser, now: () => Date.now() });
  return {
    handlers: createOutreachHandlers(getApi, poller),
    register: () => {
      registerReplyListeners({
        poller,
        browser,
        dashboardUrl: browser.runtime.getURL('/dashboard.html'),
        readSettings: async () => (await readSettings()).replyNotifications,
        watchSettings: (onChange) =>
          settingsItem.watch((settings) => {
            onChange(parseSettings(settings).replyNotifications);
          }),
      });
    },
  };
}
