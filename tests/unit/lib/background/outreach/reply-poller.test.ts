import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok, err } from '../../../../../lib/result';
import { createReplyPoller, REPLY_ALARM } from '../../../../../lib/background/outreach/reply-poller';
import { registerReplyListeners } from '../../../../../lib/background/outreach/listeners';
import { replyStore } from '../../../../../lib/background/outreach/reply-store';
import type { ReplyThread } from '../../../../../lib/api/schemas/outreach/analytics';
import { campaignRow, fakeApi, thread } from './fake-api';

const T0 = Date.parse('2026-11-20T10:00:00Z');
const old = { message: 'Thanks, talk next week.', receivedAt: '2026-11-10T09:00:00.000Z' };
const fresh = { message: '\n  Sounds interesting!\nTell me more.', receivedAt: '2026-11-20T11:00:00.000Z' };

function world(threads: () => ReplyThread[]) {
  const allReplies = vi.fn(({ offset }: { campaignId: number; offset?: number | undefined }) =>
    Promise.resolve(ok((offset ?? 0) === 0 ? threads() : [])),
  );
  const userCampaigns = vi.fn(() =>
    Promise.resolve(ok([campaignRow(1, 'active', 'Q3 outreach'), campaignRow(2, 'draft')])),
  );
  const api = fakeApi({ allReplies, userCampaigns });
  const poller = createReplyPoller({
    getApi: () => Promise.resolve(api),
    store: replyStore,
    browser: fakeBrowser,
    now: () => T0,
  });
  return { poller, allReplies, userCampaigns };
}

const notifications = () => fakeBrowser.notifications.getAllCreateOptions();

describe('reply poller', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('switched on: sets the alarm at the interval and records existing replies without notifying', async () => {
    const { poller, allReplies } = world(() => [thread(1, 'a', [old])]);
    await poller.sync({ enabled: true, intervalMinutes: 15 });
    expect(await fakeBrowser.alarms.get(REPLY_ALARM)).toMatchObject({ periodInMinutes: 15 });
    expect(allReplies).toHaveBeenCalledWith({ campaignId: 1, offset: 0 });
    expect(allReplies).not.toHaveBeenCalledWith(expect.objectContaining({ campaignId: 2 }));
    expect(notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a new reply gives one notification (prospect, campaign, first line) and a badge count', async () => {
    let threads = [thread(1, 'a', [old])];
    const { poller } = world(() => threads);
    await poller.sync({ enabled: true, intervalMinutes: 15 });
    threads = [thread(1, 'a', [old, fresh])];
    expect(await poller.poll()).toEqual(ok({ newReplies: 1 }));
    const created = Object.entries(notifications());
    expect(created).toHaveLength(1);
    const [id, options] = created[0] ?? [];
    expect(id).toMatch(/^prospector-reply\|1\|\d+-[0-9a-f]{8}$/u);
    expect(options).toMatchObject({
      title: 'Person a replied',
      message: 'Sounds interesting!',
      contextMessage: 'Campaign 1',
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('a reply already seen gives no notification, even from a restarted worker', async () => {
    let threads = [thread(1, 'a', [old])];
    const first = world(() => threads);
    await first.poller.sync({ enabled: true, intervalMinutes: 15 });
    threads = [thread(1, 'a', [old, fresh])];
    await first.poller.poll();
    await fakeBrowser.notifications.clear(Object.keys(notifications())[0] ?? '');
    const restarted = world(() => threads);
    expect(await restarted.poller.poll()).toEqual(ok({ newReplies: 0 }));
    expect(notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('counts unread replies across polls and clears the badge when read', async () => {
    let threads = [thread(1, 'a', [old])];
    const { poller } = world(() => threads);
    await poller.sync({ enabled: true, intervalMinutes: 15 });
    threads = [
      thread(1, 'a', [old, fresh]),
      thread(1, 'b', [{ message: 'No thanks', receivedAt: '2026-11-20T12:00:00.000Z' }], 'linkedinMessage'),
    ];
    await poller.poll();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(Object.values(notifications()).map((options) => options.title)).toContain(
      'Person b replied on LinkedIn',
    );
    await poller.markRead();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('switched off: no alarm, and nothing is polled', async () => {
    const { poller, allReplies } = world(() => []);
    await poller.sync({ enabled: true, intervalMinutes: 30 });
    await poller.sync({ enabled: false, intervalMinutes: 30 });
    expect(await fakeBrowser.alarms.get(REPLY_ALARM)).toBeUndefined();
    allReplies.mockClear();
    const fresh = world(() => []);
    await fresh.poller.sync({ enabled: false, intervalMinutes: 30 });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(fresh.allReplies).not.toHaveBeenCalled();
  });

  it('re-times the alarm when the interval changes', async () => {
    const { poller } = world(() => []);
    await poller.sync({ enabled: true, intervalMinutes: 15 });
    await poller.sync({ enabled: true, intervalMinutes: 60 });
    expect(await fakeBrowser.alarms.get(REPLY_ALARM)).toMatchObject({ periodInMinutes: 60 });
  });

  it('stops at the first failure (e.g. the shared rate limit) and reports nothing new', async () => {
    const api = fakeApi({
      userCampaigns: () => Promise.resolve(ok([campaignRow(1, 'active'), campaignRow(3, 'active')])),
      allReplies: vi.fn(() => Promise.resolve(err({ kind: 'rate-limited' as const, retryAfterMs: 5000 }))),
    });
    const poller = createReplyPoller({
      getApi: () => Promise.resolve(api),
      store: replyStore,
      browser: fakeBrowser,
      now: () => T0,
    });
    expect(await poller.poll()).toEqual(ok({ newReplies: 0 }));
    expect(api.allReplies).toHaveBeenCalledTimes(1);
  });

  it('answers not-connected without credentials', async () => {
    const poller = createReplyPoller({
      getApi: () => Promise.resolve(null),
      store: replyStore,
      browser: fakeBrowser,
      now: () => T0,
    });
    expect(await poller.poll()).toEqual(err({ kind: 'not-connected' }));
  });
});

describe('reply listeners', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the alarm polls, a click opens the dashboard at the reply, settings changes re-sync', async () => {
    const poll = vi.fn(() => Promise.resolve(ok({ newReplies: 0 })));
    const sync = vi.fn(() => Promise.resolve());
    let onSettings: ((settings: { enabled: boolean; intervalMinutes: number }) => void) | undefined;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerReplyListeners({
      poller: { poll, sync, markRead: vi.fn() },
      browser: fakeBrowser,
      dashboardUrl: 'chrome-extension://test/dashboard.html',
      readSettings: () => Promise.resolve({ enabled: true, intervalMinutes: 15 }),
      watchSettings: (callback) => {
        onSettings = callback;
      },
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REPLY_ALARM,
      scheduledTime: T0,
      persistAcrossSessions: false,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'something-else',
      scheduledTime: T0,
      persistAcrossSessions: false,
    });
    expect(poll).toHaveBeenCalledTimes(1);
    await fakeBrowser.notifications.onClicked.trigger('prospector-reply|237945|20261120110000000-0a1b2c3d');
    await fakeBrowser.notifications.onClicked.trigger('another-feature|1');
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test/dashboard.html#/campaigns/237945/replies/20261120110000000-0a1b2c3d',
    });
    onSettings?.({ enabled: false, intervalMinutes: 15 });
    await vi.waitFor(() => {
      expect(sync).toHaveBeenCalledWith({ enabled: false, intervalMinutes: 15 });
    });
    expect(sync).toHaveBeenCalledWith({ enabled: true, intervalMinutes: 15 });
  });
});
