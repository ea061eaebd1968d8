// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createOutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import type { OutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import type { CreateCampaignInput } from '../../../../../lib/api/schemas/outreach/campaign-input';
import { WEBHOOK_EVENTS } from '../../../../../lib/api/schemas/outreach/webhook-events';
import { fakeTransport } from './fake-transport';

// Inputs rejected locally: `invalid-input` naming the field, and no request sent (STYLE.md §4.7).

const smtp = { host: 'smtp.example.com', port: 465, encryption: 'ssl' } as const;
const sender = { sender_name: 'John', email_from: 'john@example.com', password: 'x', smtp };
const step = { _ref: 's1', type: 'email' } as const;
const campaign: CreateCampaignInput = {
  title: 'T',
  priority: 'low',
  recipients: { list_id: 1 },
  complete_campaign_after_last_step: true,
  archive_in_months: 1,
  sequence: { entry: 's1', steps: [step] },
};
const hundredAndOne = Array.from({ length: 101 }, (_, i) => `p${i}@example.com`);
const content = { campaignId: 1, stepId: '1', contentId: 2 };

type Bad = [label: string, call: (api: OutreachEndpoints) => Promise<unknown>, field: string];

// Inputs deliberately break the declared types, as untyped callers (messages, forms) could.
const bad: Bad[] = [
  ['sender: missing password', (a) => a.createSenderAccount({ ...sender, password: '' }), 'password'],
  [
    'sender: port 465 with tls',
    (a) => a.createSenderAccount({ ...sender, smtp: { host: 'h', port: 465, encryption: 'tls' } as never }),
    'smtp.encryption',
  ],
  [
    'sender: port 2525',
    (a) => a.createSenderAccount({ ...sender, smtp: { host: 'h', port: 2525, encryption: 'ssl' } as never }),
    'smtp.port',
  ],
  [
    'sender: imap 143 with ssl',
    (a) => a.createSenderAccount({ ...sender, imap: { host: 'h', port: 143, encryption: 'ssl' } as never }),
    'imap.encryption',
  ],
  ['sender: limitation 0', (a) => a.createSenderAccount({ ...sender, limitation: 0 }), 'limitation'],
  [
    'sender: delay_to ≤ delay_from',
    (a) => a.createSenderAccount({ ...sender, delay_from: 900, delay_to: 600 }),
    'delay_to',
  ],
  ['sender: empty patch', (a) => a.updateSenderAccount({ id: 1, changes: {} }), 'changes'],
  ['sender status: id 0', (a) => a.senderStatus({ sender_account_id: 0 }), 'sender_account_id'],
  [
    'warm-up: progressive without from',
    (a) => a.createWarmUp({ email_account_id: 1, per_day: 10, increase: 1 }),
    'from',
  ],
  [
    'warm-up: from > per_day',
    (a) => a.createWarmUp({ email_account_id: 1, per_day: 2, from: 5, increase: 1 }),
    'from',
  ],
  [
    'warm-up: specific without subject',
    (a) =>
      a.createWarmUp({
        email_account_id: 1,
        strategy: 'steady',
        per_day: 5,
        email_content: 'specific',
        body: 'b',
      }),
    'subject',
  ],
  [
    'warm-up: reply_rate 50',
    (a) => a.createWarmUp({ email_account_id: 1, strategy: 'steady', per_day: 5, reply_rate: 50 }),
    'reply_rate',
  ],
  [
    'warm-up: deadline not a date',
    (a) =>
      a.createWarmUp({
        email_account_id: 1,
        strategy: 'steady',
        per_day: 5,
        campaign_deadline: '21/12/2026',
      }),
    'campaign_deadline',
  ],
  ['warm-ups: per_page 30', (a) => a.warmUps({ per_page: 30 as never }), 'per_page'],
  [
    'warm-up patch: status deleted is fine, bogus is not',
    (a) => a.updateWarmUp({ id: 1, changes: { status: 'stopped' as never } }),
    'changes.status',
  ],
  [
    'stats: period and dates',
    (a) => a.warmUpStatistics({ id: 1, period: 'month', date_from: '2026-01-01', date_to: '2026-01-02' }),
    'input',
  ],
  [
    'stats: date_to before date_from',
    (a) => a.warmUpStatistics({ id: 1, date_from: '2026-02-01', date_to: '2026-01-01' }),
    'date_to',
  ],
  ['campaign: no title', (a) => a.createCampaign({ ...campaign, title: ' ' }), 'title'],
  [
    'campaign: archive_in_months 4',
    (a) => a.createCampaign({ ...campaign, archive_in_months: 4 as never }),
    'archive_in_months',
  ],
  [
    'campaign: entry not a step',
    (a) => a.createCampaign({ ...campaign, sequence: { entry: 'x', steps: [step] } }),
    'sequence.entry',
  ],
  [
    'campaign: delay without wait',
    (a) =>
      a.createCampaign({ ...campaign, sequence: { entry: 's1', steps: [{ _ref: 's1', type: 'delay' }] } }),
    'sequence.steps.0.waiting_val',
  ],
  [
    'campaign: 31 days wait',
    (a) =>
      a.createCampaign({
        ...campaign,
        sequence: {
          entry: 's1',
          steps: [{ _ref: 's1', type: 'delay', waiting_type: 'days', waiting_val: 31 }],
        },
      }),
    'sequence.steps.0.waiting_val',
  ],
  [
    'campaign: provider matching with one account',
    (a) => a.createCampaign({ ...campaign, email_accounts: [1], provider_matching: true }),
    'provider_matching',
  ],
  [
    'campaign: start as ISO',
    (a) => a.createCampaign({ ...campaign, start_campaign_at: '2027-03-25T09:00:00Z' }),
    'start_campaign_at',
  ],
  ['campaign: empty patch', (a) => a.updateCampaign({ campaignId: 1, changes: {} }), 'changes'],
  [
    'action: archive (not archived)',
    (a) => a.campaignAction({ campaignId: 1, action: 'archive' as never }),
    'action',
  ],
  [
    'action: no campaign id',
    (a) => a.campaignAction({ campaignId: Number.NaN, action: 'start' }),
    'campaignId',
  ],
  [
    'content: usage paused',
    (a) =>
      a.createStepContent({
        ...content,
        subject: 's',
        body: 'b',
        plain_text: false,
        usage: 'paused' as never,
      }),
    'usage',
  ],
  ['content: empty patch', (a) => a.updateStepContent({ ...content, changes: {} }), 'changes'],
  ['content: step id not numeric', (a) => a.stepContent({ ...content, stepId: 'abc' }), 'stepId'],
  ['recipients: no e-mails', (a) => a.recipientStatus({ campaignId: 1, emails: [] }), 'emails'],
  ['recipients: 101 e-mails', (a) => a.recipientStatus({ campaignId: 1, emails: hundredAndOne }), 'emails'],
  [
    'recipients: duplicate e-mails',
    (a) => a.recipientStatus({ campaignId: 1, emails: ['a@example.com', 'A@example.com'] }),
    'emails',
  ],
  ['recipients: not an e-mail', (a) => a.recipientStatus({ campaignId: 1, emails: ['nope'] }), 'emails.0'],
  [
    'recipient status: lowercase',
    (a) => a.changeRecipientStatus({ campaignId: 1, email: 'a@example.com', status: 'active' as never }),
    'status',
  ],
  ['do-not-email: no list', (a) => a.addToDoNotEmailList({ listId: 0, items: ['a@example.com'] }), 'listId'],
  [
    'do-not-email: garbage item',
    (a) => a.addToDoNotEmailList({ listId: 1, items: ['not a domain'] }),
    'items.0',
  ],
  [
    'analytics: bad date',
    (a) => a.campaignAnalytics({ date_from: '2026-4-1', date_to: '2026-04-30' }),
    'date_from',
  ],
  [
    'analytics: reversed dates',
    (a) => a.campaignAnalytics({ date_from: '2026-05-01', date_to: '2026-04-30' }),
    'date_to',
  ],
  [
    'analytics: owner not an e-mail',
    (a) => a.campaignAnalytics({ date_from: '2026-04-01', date_to: '2026-04-30', campaign_owner: ['Jane'] }),
    'campaign_owner.0',
  ],
  [
    'activity: 32-day span',
    (a) => a.recipientsActivity({ campaignId: 1, dateFrom: '2026-01-01', dateTo: '2026-02-02' }),
    'dateTo',
  ],
  [
    'activity: limit 1001',
    (a) => a.recipientsActivity({ campaignId: 1, dateFrom: '2026-01-01', dateTo: '2026-01-02', limit: 1001 }),
    'limit',
  ],
  ['replies: negative offset', (a) => a.allReplies({ campaignId: 1, offset: -1 }), 'offset'],
  ['v1 opens: no campaign', (a) => a.emailsOpened({ campaignId: 0 }), 'campaignId'],
  ['stages: no pipeline', (a) => a.pipelineStages({ pipelineId: 1.5 }), 'pipelineId'],
  [
    'webhook: unknown pair',
    (a) =>
      a.createWebhook({
        event_object: 'campaign_email',
        event_action: 'received',
        endpoint_url: 'https://h.example.com',
      }),
    'event_action',
  ],
  [
    'webhook: unknown object',
    (a) =>
      a.createWebhook({
        event_object: 'campaign' as never,
        event_action: 'sent',
        endpoint_url: 'https://h.example.com',
      }),
    'event_object',
  ],
  [
    'webhook: relative URL',
    (a) =>
      a.createWebhook({ event_object: 'campaign_reply', event_action: 'received', endpoint_url: '/hook' }),
    'endpoint_url',
  ],
  ['webhook: status paused', (a) => a.updateWebhook({ webhookId: 1, status: 'paused' as never }), 'status'],
];

describe('outreach input validation', () => {
  it.each(bad)('%s', async (_label, call, field) => {
    const transport = fakeTransport();
    const result = await call(createOutreachEndpoints(transport));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
    expect(transport.specs).toHaveLength(0);
  });

  it('accepts the edges: 100 e-mails, a 31-day span, limit 1000, imap 993 with tls', async () => {
    const transport = fakeTransport();
    const api = createOutreachEndpoints(transport);
    transport.bodies.push(
      { data: [] },
      { data: [], pagination: { total: 0, offset: 0, limit: 1000, has_more: false } },
    );
    expect((await api.recipientStatus({ campaignId: 1, emails: hundredAndOne.slice(0, 100) })).ok).toBe(true);
    expect(
      (
        await api.recipientsActivity({
          campaignId: 1,
          dateFrom: '2026-01-01',
          dateTo: '2026-02-01',
          limit: 1000,
        })
      ).ok,
    ).toBe(true);
    expect(
      (await api.createSenderAccount({ ...sender, imap: { host: 'h', port: 993, encryption: 'tls' } })).ok,
    ).toBe(true);
    expect(transport.specs).toHaveLength(3);
  });

  it('accepts every catalogue pair for a webhook', async () => {
    const transport = fakeTransport();
    const api = createOutreachEndpoints(transport);
    for (const event of WEBHOOK_EVENTS) {
      const result = await api.createWebhook({
        event_object: event.object,
        event_action: event.action,
        endpoint_url: 'https://h.example.com/x',
      });
      expect(result.ok, `${event.object}/${event.action}`).toBe(true);
    }
    expect(transport.specs).toHaveLength(WEBHOOK_EVENTS.length);
  });
});
