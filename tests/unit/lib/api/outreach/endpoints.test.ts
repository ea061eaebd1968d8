// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createOutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import type { OutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import { ROUTES } from '../../../../../lib/api/paths';
import type { CreateCampaignInput } from '../../../../../lib/api/schemas/outreach/campaign-input';
import type { RouteName } from '../../../../../lib/api/paths';
import { fakeTransport } from './fake-transport';

// Every outreach function: the spec it builds (REFERENCE.md §2.1 encodings) and the examples.json
// body for its route, parsed by the real schema.

interface Case {
  readonly name: RouteName;
  readonly call: (api: OutreachEndpoints) => Promise<unknown>;
  readonly spec: Partial<Record<'pathParams' | 'query' | 'json' | 'form', unknown>>;
  readonly value: unknown;
}

const sender = {
  sender_name: 'John Doe',
  email_from: 'john@example.com',
  password: 'app-password',
  smtp: { host: 'smtp.example.com', port: 465, encryption: 'ssl' },
  imap: { host: 'imap.example.com', port: 993, encryption: 'ssl' },
} as const;
const campaignInput: CreateCampaignInput = {
  title: 'Q3 outreach',
  priority: 'high',
  email_accounts: [11980],
  recipients: { list_id: 1818597 },
  complete_campaign_after_last_step: false,
  archive_in_months: 3,
  sequence: { entry: 's1', steps: [{ _ref: 's1', type: 'email', content_slots: 2 }] },
};
const content = { campaignId: 37505, stepId: '1773996379996', contentId: 17739963799960 };

const cases: Case[] = [
  {
    name: 'createSenderAccount',
    call: (a) => a.createSenderAccount(sender),
    spec: { json: sender },
    value: { id: 869852, smtp: { status: 'pending' }, created_at: '2026-03-20T10:00:00.000Z' },
  },
  {
    name: 'updateSenderAccount',
    call: (a) => a.updateSenderAccount({ id: 869852, changes: { limitation: 100, reply_to: null } }),
    spec: { pathParams: { id: 869852 }, json: { limitation: 100, reply_to: null } },
    value: { limitation: 100, updated_at: '2026-04-22T11:04:37.000Z' },
  },
  {
    name: 'senderAccounts',
    call: (a) => a.senderAccounts(),
    spec: {},
    value: [
      { id: 11980, valid: true },
      { id: 12355, valid: false },
    ],
  },
  {
    name: 'senderStatus',
    call: (a) => a.senderStatus({ sender_account_id: 11980 }),
    spec: { query: { sender_account_id: 11980 } },
    value: { smtp: { status: 'valid', errors: [] }, imap: { status: 'valid' } },
  },
  {
    name: 'createWarmUp',
    call: (a) => a.createWarmUp({ email_account_id: 11980, per_day: 40, from: 2, increase: 2 }),
    spec: { json: { email_account_id: 11980, per_day: 40, from: 2, increase: 2 } },
    value: { id: 123 },
  },
  {
    name: 'warmUps',
    call: (a) => a.warmUps({ page: 1, per_page: 50 }),
    spec: { query: { page: 1, per_page: 50 } },
    value: { items: [{ id: 123, status: 'active', deliverability: 88 }], meta: { total_pages: 1 } },
  },
  {
    name: 'warmUp',
    call: (a) => a.warmUp({ id: 123 }),
    spec: { pathParams: { id: 123 } },
    value: { id: 123, email_account: { provider: 'gmail' } },
  },
  {
    name: 'updateWarmUp',
    call: (a) => a.updateWarmUp({ id: 123, changes: { status: 'paused' } }),
    spec: { pathParams: { id: 123 }, json: { status: 'paused' } },
    value: { id: 123 },
  },
  {
    name: 'deleteWarmUp',
    call: (a) => a.deleteWarmUp({ id: 123 }),
    spec: { pathParams: { id: 123 } },
    value: { id: 123 },
  },
  {
    name: 'warmUpStatistics',
    call: (a) => a.warmUpStatistics({ id: 123, period: 'month' }),
    spec: { pathParams: { id: 123 }, query: { period: 'month' } },
    value: { daily: [{ date: '2026-05-30' }, { date: '2026-05-31' }], isCalculated: true },
  },
  {
    name: 'userCampaigns',
    call: (a) => a.userCampaigns(),
    spec: {},
    value: [
      { id: 237945, status: 'paused', created_at: '2021-12-14T08:19:36.000Z' },
      { status: 'draft', started_at: null },
    ],
  },
  {
    name: 'createCampaign',
    call: (a) => a.createCampaign(campaignInput),
    spec: { json: campaignInput },
    value: { id: 37505, status: 'draft' },
  },
  {
    name: 'campaign',
    call: (a) => a.campaign({ campaignId: 37505 }),
    spec: { pathParams: { campaign_id: 37505 } },
    value: { id: 37505, sequence: { entry: '1773996379996' } },
  },
  {
    name: 'updateCampaign',
    call: (a) => a.updateCampaign({ campaignId: 37505, changes: { tracking: { link_click: false } } }),
    spec: { pathParams: { campaign_id: 37505 }, json: { tracking: { link_click: false } } },
    value: { title: 'Q3 outreach (v2)' },
  },
  {
    name: 'deleteCampaign',
    call: (a) => a.deleteCampaign({ campaignId: 37505 }),
    spec: { pathParams: { campaign_id: 37505 } },
    value: true,
  },
  {
    name: 'campaignAction',
    call: (a) => a.campaignAction({ campaignId: 37505, action: 'archived' }),
    spec: { pathParams: { campaign_id: 37505 }, json: { action: 'archived' } },
    value: true,
  },
  { name: 'campaignSchedules', call: (a) => a.campaignSchedules(), spec: {}, value: [{ id: 1074 }] },
  {
    name: 'createStepContent',
    call: (a) =>
      a.createStepContent({
        ...content,
        subject: 'Hi {{first_name}}',
        body: '<p>Hi</p>',
        plain_text: false,
        usage: 'active',
      }),
    spec: {
      pathParams: { campaign_id: 37505, step_id: '1773996379996' },
      json: {
        content_id: 17739963799960,
        subject: 'Hi {{first_name}}',
        body: '<p>Hi</p>',
        plain_text: false,
        usage: 'active',
      },
    },
    value: { id: 17739963799960 },
  },
  {
    name: 'stepContent',
    call: (a) => a.stepContent(content),
    spec: { pathParams: { campaign_id: 37505, step_id: '1773996379996', content_id: 17739963799960 } },
    value: { usage: 'active' },
  },
  {
    name: 'updateStepContent',
    call: (a) => a.updateStepContent({ ...content, changes: { subject: 'Following up' } }),
    spec: {
      pathParams: { campaign_id: 37505, step_id: '1773996379996', content_id: 17739963799960 },
      json: { subject: 'Following up' },
    },
    value: { subject: 'Following up, {{first_name}}' },
  },
  {
    name: 'deleteStepContent',
    call: (a) => a.deleteStepContent(content),
    spec: { pathParams: { campaign_id: 37505, step_id: '1773996379996', content_id: 17739963799960 } },
    value: true,
  },
  {
    name: 'recipientStatus',
    call: (a) =>
      a.recipientStatus({ campaignId: 37505, emails: ['john.doe@example.com', 'new.lead@example.com'] }),
    spec: {
      pathParams: { campaign_id: 37505 },
      query: { emails: ['john.doe@example.com', 'new.lead@example.com'] },
    },
    value: [{ exist: true, status: 'tocheck' }, { exist: false, status: null }, { status: 'unsubscribe' }],
  },
  {
    name: 'changeRecipientStatus',
    call: (a) => a.changeRecipientStatus({ campaignId: 37505, email: 'jane@example.com', status: 'Paused' }),
    spec: { form: { email: 'jane@example.com', campaign_id: 37505, status: 'Paused' } },
    value: true,
  },
  {
    name: 'finishedProspects',
    call: (a) => a.finishedProspects({ campaignId: 237945 }),
    spec: { query: { campaignId: 237945 } },
    value: [{ userEmail: 'john.doe@example.com' }],
  },
  {
    name: 'addToDoNotEmailList',
    call: (a) => a.addToDoNotEmailList({ listId: 8, items: ['optout@example.com', 'example.net'] }),
    spec: { form: { items: ['optout@example.com', 'example.net'], listId: 8 } },
    value: { duplicates: ['optout@example.com'] },
  },
  { name: 'doNotEmailLists', call: (a) => a.doNotEmailLists(), spec: {}, value: [{ id: 8, total: 100 }] },
  {
    name: 'campaignAnalytics',
    call: (a) =>
      a.campaignAnalytics({
        date_from: '2026-04-01',
        date_to: '2026-04-30',
        campaign_id: [237945, 237956],
        campaign_owner: ['a@example.com', 'b@example.com'],
      }),
    spec: {
      query: {
        date_from: '2026-04-01',
        date_to: '2026-04-30',
        campaign_id: '237945,237956',
        sender_email: undefined,
        sender_linkedin: undefined,
        campaign_owner: 'a@example.com,b@example.com',
      },
    },
    value: { emails_sent: 31, email_opens_rate: 70, delivered_rate: 97 },
  },
  {
    name: 'campaignProgress',
    call: (a) => a.campaignProgress({ campaignId: 37505 }),
    spec: { pathParams: { campaign_id: 37505 } },
    value: { status: 'active', unfinished: 1, progress: 90 },
  },
  {
    name: 'recipientsActivity',
    call: (a) =>
      a.recipientsActivity({ campaignId: 37505, dateFrom: '2025-12-01', dateTo: '2025-12-31', limit: 1000 }),
    spec: {
      pathParams: { campaign_id: 37505 },
      query: { dateFrom: '2025-12-01', dateTo: '2025-12-31', limit: 1000 },
    },
    value: {
      items: [{ event_time: '2025-12-15T10:58:52.000Z', event_type: 'sent' }, { event_type: 'open' }],
      pagination: { has_more: false },
    },
  },
  {
    name: 'allReplies',
    call: (a) => a.allReplies({ campaignId: 38573, offset: 0 }),
    spec: { pathParams: { campaign_id: 38573 }, query: { offset: 0 } },
    value: [{ replyType: 'email', receivedAt: '2026-04-29T10:09:42.000Z' }, { replyType: 'linkedinMessage' }],
  },
  {
    name: 'emailReplies',
    call: (a) => a.emailReplies({ campaignId: 237945 }),
    spec: { query: { campaignId: 237945 } },
    value: [
      {
        emailSubject: 'Quick question, {{first_name}}',
        visitedAt: '2020-07-14T13:10:46.000Z',
        customFields: { Phone: '' },
      },
    ],
  },
  {
    name: 'emailsOpened',
    call: (a) => a.emailsOpened({ campaignId: 237945, offset: 10_000 }),
    spec: { query: { campaignId: 237945, offset: 10_000 } },
    value: [{ emailBody: '<p>Hi John, ...</p>' }],
  },
  {
    name: 'emailsClicked',
    call: (a) => a.emailsClicked({ campaignId: 237945 }),
    spec: { query: { campaignId: 237945 } },
    value: [{ visitedAt: '2020-01-08T21:50:02.000Z' }],
  },
  {
    name: 'emailsSent',
    call: (a) => a.emailsSent({ campaignId: 237945 }),
    spec: { query: { campaignId: 237945 } },
    value: [{ sentDate: '2020-07-06T06:58:10.000Z' }, { userName: 'Jane Roe' }],
  },
  {
    name: 'pipelines',
    call: (a) => a.pipelines(),
    spec: {},
    value: [{ id: 1106350, created_at: '2022-05-27T00:00:00.000Z' }],
  },
  {
    name: 'pipelineStages',
    call: (a) => a.pipelineStages({ pipelineId: 1106350 }),
    spec: { pathParams: { pipeline_id: 1106350 } },
    value: [{ order: 1 }, { order: 2 }],
  },
  {
    name: 'webhooks',
    call: (a) => a.webhooks(),
    spec: {},
    value: [
      { id: 8, status: 'active', label: 'Reply received', created_at: '2022-06-21T21:37:24.000Z' },
      { id: 14, status: 'deactivated' },
    ],
  },
  {
    name: 'createWebhook',
    call: (a) =>
      a.createWebhook({
        event_object: 'campaign_reply',
        event_action: 'received',
        endpoint_url: 'https://hooks.example.com/snov/7f3c2a9e',
      }),
    spec: {
      json: {
        event_object: 'campaign_reply',
        event_action: 'received',
        endpoint_url: 'https://hooks.example.com/snov/7f3c2a9e',
      },
    },
    value: { id: 17, end_point: 'https://hooks.example.com/snov/7f3c2a9e' },
  },
  {
    name: 'updateWebhook',
    call: (a) => a.updateWebhook({ webhookId: 14, status: 'deactivated' }),
    spec: { pathParams: { webhook_id: 14 }, json: { status: 'deactivated' } },
    value: { id: 14, status: 'deactivated' },
  },
  {
    name: 'deleteWebhook',
    call: (a) => a.deleteWebhook({ webhookId: 14 }),
    spec: { pathParams: { webhook_id: 14 } },
    value: true,
  },
];

describe('outreach endpoints: spec and example body', () => {
  it('covers all 40 outreach routes, each once', () => {
    const api = createOutreachEndpoints(fakeTransport());
    expect(Object.keys(api).sort()).toEqual(cases.map((c) => c.name).sort());
    expect(cases).toHaveLength(40);
  });

  it.each(cases)('$name', async ({ name, call, spec, value }) => {
    const transport = fakeTransport();
    const result = await call(createOutreachEndpoints(transport));
    expect(result).toMatchObject({ ok: true, value });
    expect(transport.specs).toHaveLength(1);
    const [sent] = transport.specs;
    expect(sent?.route).toBe(ROUTES[name]);
    for (const key of ['pathParams', 'query', 'json', 'form'] as const)
      expect(sent?.[key], key).toStrictEqual(spec[key]);
  });
});
