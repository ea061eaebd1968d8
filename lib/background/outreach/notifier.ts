import type { ReplyItem } from '../../messaging/protocol/outreach';
import { firstLine } from './reply-key';

/** Notification ids of replies: `prospector-reply|<campaignId>|<replyKey>`; the click handler parses them back. */
const PREFIX = 'prospector-reply';

// The extension icon, relative to the extension's root (Chrome refuses a notification without one).
const ICON = '/icon/128.png';

/** The browser calls the notifier needs (structural, so tests can pass fakeBrowser plus stubs). */
export interface NotifierBrowser {
  readonly notifications: {
    create(
      id: string,
      options: {
        type: 'basic';
        iconUrl: string;
        title: string;
        message: string;
        contextMessage?: string;
        priority?: number;
      },
    ): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  readonly action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  };
}

/** Where a reply opens in the dashboard. */
export function replyRoute(campaignId: number, key: string): string {
  return `#/campaigns/${campaignId}/replies/${encodeURIComponent(key)}`;
}

/** Shows one notification for one reply: who, which campaign, the first line. */
export async function notifyReply(
  browser: NotifierBrowser,
  reply: ReplyItem,
  campaignName: string,
): Promise<void> {
  const who = reply.prospectName ?? reply.prospectEmail ?? 'A prospect';
  const channel = reply.replyType === 'email' ? 'replied' : 'replied on LinkedIn';
  await browser.notifications.create(`${PREFIX}|${reply.campaignId}|${reply.key}`, {
    type: 'basic',
    iconUrl: ICON,
    title: `${who} ${channel}`,
    message: firstLine(reply.message) || '(no text)',
    contextMessage: reply.campaign ?? campaignName,
    priority: 1,
  });
}

/** Parses a notification id back into its reply route, or undefined for other notifications. */
export function routeOfNotification(id: string): string | undefined {
  const [prefix, campaignId, key] = id.split('|');
  if (prefix !== PREFIX || campaignId === undefined || key === undefined || !/^\d+$/u.test(campaignId))
    return undefined;
  return replyRoute(Number(campaignId), key);
}

/** The toolbar badge: the count of unread replies, empty at zero. */
export async function showBadge(browser: NotifierBrowser, unread: number): Promise<void> {
  await browser.action.setBadgeText({ text: unread > 0 ? String(Math.min(unread, 999)) : '' });
  if (unread > 0) await browser.action.setBadgeBackgroundColor({ color: '#1f5fd6' });
}
