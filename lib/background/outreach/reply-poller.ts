/**
 * Reply notifications (issue 5 §5). A browser extension cannot receive webhooks (REFERENCE.md §17),
 * so an alarm polls all-replies of every active campaign at the user's interval. Each call goes
 * through the client's shared limiter; a poll stops at the first failure (e.g. `rate-limited`) and
 * tries again at the next alarm. Replies already seen are remembered in storage, so a restarted
 * worker never notifies twice.
 */
import type { ApiError } from '../../errors';
import { log } from '../../log';
import type { ReplyItem } from '../../messaging/protocol/outreach';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import type { OutreachApiProvider } from './api';
import { notifyReply, type NotifierBrowser, showBadge } from './notifier';
import { fetchReplies } from './replies';
import type { ReplyState, ReplyStore } from './reply-store';
import { remember } from './reply-store';

export const REPLY_ALARM = 'prospector:reply-poll';

/** The notification settings (settings.replyNotifications). */
export interface ReplySettings {
  readonly enabled: boolean;
  readonly intervalMinutes: number;
}

/** The alarm calls the poller needs. */
export interface AlarmsPort {
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ readonly periodInMinutes?: number } | undefined>;
}

export interface ReplyPollerDeps {
  readonly getApi: OutreachApiProvider;
  readonly store: ReplyStore;
  readonly browser: NotifierBrowser & { readonly alarms: AlarmsPort };
  readonly now: () => number;
}

export interface ReplyPoller {
  /** Checks every active campaign once; concurrent calls share one run. */
  poll(): Promise<Result<{ readonly newReplies: number }, ApiError>>;
  /** Creates, re-times or clears the alarm to match the settings. */
  sync(settings: ReplySettings): Promise<void>;
  /** Resets the badge count (the user looked at the replies). */
  markRead(): Promise<void>;
}

/** Splits a campaign's replies into the ones to notify and the new memory. */
function triage(
  state: ReplyState,
  campaignId: number,
  replies: readonly ReplyItem[],
): { fresh: ReplyItem[]; seen: string[] } {
  const known = state.seen[String(campaignId)];
  const since = state.since ?? Number.POSITIVE_INFINITY;
  const fresh =
    known === undefined
      ? replies.filter((reply) => Date.parse(reply.receivedAt) >= since)
      : replies.filter((reply) => !known.includes(reply.key));
  return {
    fresh,
    seen: remember(
      known ?? [],
      replies.map((reply) => reply.key),
    ),
  };
}

/** Creates the poller over its dependencies (the worker passes `browser` and the real store). */
export function createReplyPoller(deps: ReplyPollerDeps): ReplyPoller {
  let running: ReturnType<ReplyPoller['poll']> | undefined;

  /** One pass; `silent` records what exists without notifying (the baseline when switched on). */
  async function run(silent: boolean): ReturnType<ReplyPoller['poll']> {
    const api = await deps.getApi();
    if (!api) return err({ kind: 'not-connected' });
    const campaigns = await api.userCampaigns();
    if (!campaigns.ok) return campaigns;
    let state = await deps.store.read();
    let newReplies = 0;
    for (const campaign of campaigns.value.filter((item) => item.status === 'active')) {
      const replies = await fetchReplies(api, campaign.id);
      if (!replies.ok) {
        log('warn', 'reply-poll-stopped', { campaignId: campaign.id, kind: replies.error.kind });
        break;
      }
      const triaged = triage(state, campaign.id, replies.value);
      const fresh = silent ? [] : triaged.fresh;
      state = {
        ...state,
        seen: { ...state.seen, [String(campaign.id)]: triaged.seen },
        unread: state.unread + fresh.length,
      };
      await deps.store.write(state);
      for (const reply of fresh) await notifyReply(deps.browser, reply, campaign.campaign);
      newReplies += fresh.length;
    }
    await showBadge(deps.browser, state.unread);
    return ok({ newReplies });
  }

  return {
    poll: () => {
      running ??= run(false).finally(() => {
        running = undefined;
      });
      return running;
    },
    sync: async (settings) => {
      if (!settings.enabled) {
        await deps.browser.alarms.clear(REPLY_ALARM);
        // Switching back on later starts from a fresh baseline, not from replies missed meanwhile.
        await deps.store.write({ ...(await deps.store.read()), since: null, seen: {} });
        return;
      }
      const state = await deps.store.read();
      if (state.since === null) {
        await deps.store.write({ ...state, since: deps.now() });
        const baseline = await run(true);
        if (!baseline.ok) log('warn', 'reply-baseline-failed', { kind: baseline.error.kind });
      }
      const current = await deps.browser.alarms.get(REPLY_ALARM);
      if (current?.periodInMinutes === settings.intervalMinutes) return;
      await deps.browser.alarms.create(REPLY_ALARM, {
        periodInMinutes: settings.intervalMinutes,
        delayInMinutes: settings.intervalMinutes,
      });
    },
    markRead: async () => {
      const state = await deps.store.read();
      await deps.store.write({ ...state, unread: 0 });
      await showBadge(deps.browser, 0);
    },
  };
}
