import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '../../../../../lib/background/handlers';
import { createOutreachHandlers } from '../../../../../lib/background/outreach';
import type { Rejection } from '../../../../../lib/messaging/guard';
import { outreachMessages } from '../../../../../lib/messaging/protocol/outreach';
import { err, ok } from '../../../../../lib/result';
import type { OutreachApi } from '../../../../../lib/background/outreach/api';
import { fakeApi, thread } from './fake-api';
import * as v from 'valibot';
import { CampaignAnalyticsSchema } from '../../../../../lib/api/schemas/outreach/analytics';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const page = { id: 'ours', url: 'chrome-extension://ours/dashboard.html' };
const content = { id: 'ours', url: 'https://evil.example/', tab: { id: 4 }, frameId: 0 };
const poller = {
  poll: vi.fn(() => Promise.resolve(ok({ newReplies: 2 }))),
  markRead: vi.fn(() => Promise.resolve()),
};

function send(
  api: OutreachApi | null,
  type: string,
  data: unknown,
  sender: typeof page | typeof content = page,
) {
  const rejections: Rejection[] = [];
  const handlers = createOutreachHandlers(() => Promise.resolve(api), poller);
  return { answer: dispatch(handlers, { type, data, sender }, self, (r) => rejections.push(r)), rejections };
}

const analytics = v.parse(CampaignAnalyticsSchema, {
  emails_sent: 10,
  delivered: 9,
  delivered_rate: '90%',
  email_opens: 6,
  email_opens_rate: '66%',
  link_clicks: 2,
  link_clicks_rate: '22%',
  email_replies: 3,
  email_replies_rate: '33%',
});

describe('outreach handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('declares every message for extension pages only', () => {
    for (const [name, def] of Object.entries(outreachMessages))
      expect([name, def.senders]).toEqual([name, ['extension-page']]);
  });

  it('refuses a content script and a payload with extra keys before any call', async () => {
    const deleteCampaign = vi.fn();
    const api = fakeApi({ deleteCampaign });
    const fromPage = send(api, 'deleteCampaign', { campaignId: 5 }, content);
    expect(await fromPage.answer).toBeUndefined();
    expect(fromPage.rejections).toEqual([
      { reason: 'sender-not-allowed', type: 'deleteCampaign', sender: 'content-top-frame' },
    ]);
    const extra = send(api, 'deleteCampaign', { campaignId: 5, force: true });
    expect(await extra.answer).toBeUndefined();
    expect(extra.rejections[0]).toMatchObject({ reason: 'invalid-payload' });
    expect(deleteCampaign).not.toHaveBeenCalled();
  });

  it('answers not-connected without credentials', async () => {
    expect(await send(null, 'listOutreachCampaigns', undefined).answer).toEqual(
      err({ kind: 'not-connected' }),
    );
  });

  it('creates a campaign with a linear e-mail/delay sequence and the form settings', async () => {
    const createCampaign = vi.fn(() => Promise.resolve(err({ kind: 'refused' as const, message: 'no' })));
    await send(fakeApi({ createCampaign }), 'createCampaign', {
      title: 'Launch',
      priority: 'high',
      emailAccounts: [11980],
      listId: 42,
      emailSteps: 2,
      delayDays: 3,
      trackOpens: true,
      trackClicks: false,
      scheduleId: 9,
    }).answer;
    expect(createCampaign).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Launch',
        priority: 'high',
        email_accounts: [11980],
        recipients: { list_id: 42 },
        schedule_id: 9,
        tracking: { open: true, link_click: false },
        complete_campaign_after_last_step: true,
        archive_in_months: 3,
        sequence: {
          entry: 'email-1',
          steps: [
            { _ref: 'email-1', type: 'email', content_slots: 1, next: 'wait-1' },
            { _ref: 'wait-1', type: 'delay', waiting_type: 'days', waiting_val: 3, next: 'email-2' },
            { _ref: 'email-2', type: 'email', content_slots: 1 },
          ],
        },
      }),
    );
  });

  it('maps settings changes to a PATCH body with only what changed', async () => {
    const updateCampaign = vi.fn(() => Promise.resolve(err({ kind: 'offline' as const })));
    await send(fakeApi({ updateCampaign }), 'updateCampaign', {
      campaignId: 3,
      changes: { trackClicks: true, title: 'New' },
    }).answer;
    expect(updateCampaign).toHaveBeenCalledWith({
      campaignId: 3,
      changes: { title: 'New', tracking: { link_click: true } },
    });
  });

  it('analytics: an empty campaign filter means all campaigns, and the funnel is derived', async () => {
    const campaignAnalytics = vi.fn(() => Promise.resolve(ok(analytics)));
    const answer = await send(fakeApi({ campaignAnalytics }), 'getOutreachAnalytics', {
      dateFrom: '2026-11-01',
      dateTo: '2026-11-20',
      campaignIds: [],
    }).answer;
    expect(campaignAnalytics).toHaveBeenCalledWith({ date_from: '2026-11-01', date_to: '2026-11-20' });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        funnel: [
          { stage: 'sent', count: 10 },
          { stage: 'delivered', count: 9 },
          { stage: 'opened' },
          { stage: 'clicked' },
          { stage: 'replied', count: 3 },
        ],
      },
    });
  });

  it('activity timeline: pages while has_more and counts events per day', async () => {
    const row = (day: string, type: string) => ({
      event_time: `${day}T10:00:00.000Z`,
      event_type: type,
      sender_email: null,
      email_subject: null,
      recipient_email: null,
      recipient_name: null,
      phone: null,
      industry: null,
      country: null,
      location: null,
      company: null,
      job_position: null,
      hq_phone: null,
      website: null,
    });
    const recipientsActivity = vi
      .fn()
      .mockResolvedValueOnce(
        ok({
          items: [row('2026-11-01', 'sent'), row('2026-11-01', 'open')],
          pagination: { total: 3, offset: 0, limit: 1000, has_more: true },
        }),
      )
      .mockResolvedValueOnce(
        ok({
          items: [row('2026-11-03', 'reply')],
          pagination: { total: 3, offset: 2, limit: 1000, has_more: false },
        }),
      );
    const answer = await send(fakeApi({ recipientsActivity }), 'getActivityTimeline', {
      campaignId: 1,
      dateFrom: '2026-11-01',
      dateTo: '2026-11-20',
    }).answer;
    expect(recipientsActivity).toHaveBeenNthCalledWith(2, {
      campaignId: 1,
      dateFrom: '2026-11-01',
      dateTo: '2026-11-20',
      offset: 2,
      limit: 1000,
    });
    expect(answer).toMatchObject({
      ok: true,
      value: [
        { day: '2026-11-01', sent: 1, open: 1 },
        { day: '2026-11-02', sent: 0 },
        { day: '2026-11-03', reply: 1 },
      ],
    });
  });

  it('replies come back flattened, newest first, with stable keys', async () => {
    const allReplies = vi.fn(({ offset }: { campaignId: number; offset?: number | undefined }) =>
      Promise.resolve(
        ok(
          offset
            ? []
            : [
                thread(1, 'a', [
                  { message: 'one', receivedAt: '2026-11-01T00:00:00.000Z' },
                  { message: 'two', receivedAt: '2026-11-02T00:00:00.000Z' },
                ]),
              ],
        ),
      ),
    );
    const answer = await send(fakeApi({ allReplies }), 'listReplies', { campaignId: 1 }).answer;
    expect(answer).toMatchObject({
      ok: true,
      value: [{ message: 'two', prospectName: 'Person a' }, { message: 'one' }],
    });
  });

  it('sender accounts: an SMTP port with the wrong encryption is refused by the payload schema', async () => {
    const createSenderAccount = vi.fn();
    const sent = send(fakeApi({ createSenderAccount }), 'createSenderAccount', {
      sender_name: 'A',
      email_from: 'a@b.example',
      password: 'x',
      smtp: { host: 'smtp.b.example', port: 465, encryption: 'tls' },
    });
    expect(await sent.answer).toBeUndefined();
    expect(createSenderAccount).not.toHaveBeenCalled();
  });

  it('webhooks: the readable form maps onto the API field names; unknown objects are refused', async () => {
    const createWebhook = vi.fn(() => Promise.resolve(err({ kind: 'refused' as const, message: 'premium' })));
    const api = fakeApi({ createWebhook });
    await send(api, 'createWebhook', {
      eventObject: 'campaign_reply',
      eventAction: 'received',
      endpointUrl: 'https://hooks.example/x',
    }).answer;
    expect(createWebhook).toHaveBeenCalledWith({
      event_object: 'campaign_reply',
      event_action: 'received',
      endpoint_url: 'https://hooks.example/x',
    });
    expect(
      await send(api, 'createWebhook', {
        eventObject: 'nope',
        eventAction: 'x',
        endpointUrl: 'https://hooks.example/x',
      }).answer,
    ).toBeUndefined();
  });

  it('reply checks go to the poller', async () => {
    expect(await send(fakeApi({}), 'checkRepliesNow', undefined).answer).toEqual(ok({ newReplies: 2 }));
    expect(await send(fakeApi({}), 'markRepliesRead', undefined).answer).toBeNull();
    expect(poller.markRead).toHaveBeenCalled();
  });
});
