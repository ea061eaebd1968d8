// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createOutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import { toCampaignStatus, unquoteJson } from '../../../../../lib/api/schemas/outreach/normalise';
import { fakeTransport } from './fake-transport';

// Response normalisation beyond the examples: refusals, odd shapes, mixed vocabularies.

function setup(...bodies: unknown[]) {
  const transport = fakeTransport();
  transport.bodies.push(...bodies);
  return { transport, api: createOutreachEndpoints(transport) };
}

describe('success:false → refused', () => {
  it('campaign action refused with the server message', async () => {
    const { api } = setup({ success: false, errors: ['Campaign cannot be started: no email accounts'] });
    const result = await api.campaignAction({ campaignId: 1, action: 'start' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'refused', message: 'Campaign cannot be started: no email accounts' },
    });
  });

  it('joins several errors and reads object-shaped ones', async () => {
    const { api } = setup(
      { success: false, errors: [{ message: 'First' }, 'Second'] },
      { success: false, errors: { title: 'Not allowed' } },
      { success: false },
    );
    expect(await api.deleteCampaign({ campaignId: 1 })).toMatchObject({
      error: { kind: 'refused', message: 'First; Second' },
    });
    expect(
      await api.changeRecipientStatus({ campaignId: 1, email: 'a@example.com', status: 'Active' }),
    ).toMatchObject({ error: { message: 'Not allowed' } });
    expect(await api.deleteStepContent({ campaignId: 1, stepId: 1, contentId: 2 })).toMatchObject({
      error: { kind: 'refused', message: 'The server refused the request.' },
    });
  });

  it('do-not-email refusal inside the one-element array', async () => {
    const { api } = setup([{ success: false, errors: ['List not found'] }]);
    expect(await api.addToDoNotEmailList({ listId: 9, items: ['a@example.com'] })).toMatchObject({
      error: { kind: 'refused', message: 'List not found' },
    });
  });

  it('a v2 management read can be refused too', async () => {
    const { api } = setup({ success: false, errors: ['Warm-up not found'] });
    expect(await api.warmUp({ id: 5 })).toMatchObject({ error: { kind: 'refused' } });
  });
});

describe('normalisation', () => {
  it('maps every campaign-status spelling to one lowercase vocabulary', () => {
    const spellings = {
      new: 'draft',
      Draft: 'draft',
      Active: 'active',
      pause: 'paused',
      Paused: 'paused',
      complete: 'completed',
      Completed: 'completed',
      scheduled: 'scheduled',
      archived: 'archived',
      Stopped: 'unknown',
    };
    for (const [raw, expected] of Object.entries(spellings))
      expect(toCampaignStatus(raw), raw).toBe(expected);
  });

  it('unquotes JSON-quoted v1 strings and leaves plain ones alone', () => {
    expect(unquoteJson('"\\"Hi\\" {{first_name}}"')).toBe('"Hi" {{first_name}}');
    expect(unquoteJson('Plain subject')).toBe('Plain subject');
    expect(unquoteJson('"broken')).toBe('"broken');
    expect(unquoteJson('"not json\\"')).toBe('"not json\\"');
  });

  it('accepts all five smtp statuses and lowercases them', async () => {
    for (const status of ['pending', 'connected', 'error', 'Valid', 'INVALID']) {
      const { api } = setup({ data: { smtp: { status, errors: ['Connection refused'] }, imap: null } });
      const result = await api.senderStatus({ sender_account_id: 1 });
      expect(result).toMatchObject({
        ok: true,
        value: { smtp: { status: status.toLowerCase() }, imap: null },
      });
    }
    const { api } = setup({ data: { smtp: { status: 'unknown' }, imap: null } });
    expect(await api.senderStatus({ sender_account_id: 1 })).toMatchObject({
      error: { kind: 'invalid-response', path: 'data.smtp.status' },
    });
  });

  it('sorts warm-up statistics by date and provider, and reads PHP [] as empty', async () => {
    const day = { emails_sent: 1, replies: 0, bounces: 0, spam_emails: 0, inbox_emails: 1 };
    const share = { count: 1, percent: '50%' };
    const { api } = setup(
      {
        data: {
          daily_statistics: { '2026-06-02': day, '2026-05-31': day },
          provider_statistics: {
            zoho: { count: 1, spam: 0, percent: 100 },
            gmail: { count: 2, spam: 1, percent: '50%' },
          },
          deliverability: { inbox: share, spam: share },
          is_calculated: false,
        },
        success: true,
      },
      {
        data: {
          daily_statistics: [],
          provider_statistics: [],
          deliverability: { inbox: share, spam: share },
          is_calculated: false,
        },
        success: true,
      },
    );
    const stats = await api.warmUpStatistics({ id: 1, date_from: '2026-05-01', date_to: '2026-06-30' });
    expect(stats).toMatchObject({
      ok: true,
      value: {
        daily: [{ date: '2026-05-31', categories_emails: 0 }, { date: '2026-06-02' }],
        providers: [{ provider: 'gmail', percent: 50 }, { provider: 'zoho' }],
        isCalculated: false,
      },
    });
    expect(await api.warmUpStatistics({ id: 1, period: 'two_weeks' })).toMatchObject({
      ok: true,
      value: { daily: [], providers: [] },
    });
  });

  it('flattens webhooks and labels undocumented pairs null', async () => {
    const hook = {
      id: 3,
      end_point: 'https://x.example.com',
      event_object: 'campaign_email',
      event_action: 'exploded',
      status: 'Active',
      created_at: '1655847444',
    };
    const { api } = setup({ data: [{ data: hook }], meta: { webhooks_count: 1 } });
    expect(await api.webhooks()).toEqual({
      ok: true,
      value: [{ ...hook, status: 'active', created_at: '2022-06-21T21:37:24.000Z', label: null }],
    });
  });

  it('accepts do-not-email as a bare object as well as the array', async () => {
    const { api } = setup({ success: true, data: { duplicates: [] } });
    expect(await api.addToDoNotEmailList({ listId: 1, items: ['example.org'] })).toEqual({
      ok: true,
      value: { duplicates: [] },
    });
  });

  it('collects customField_* keys and nested customFields of v1 activity rows', async () => {
    const row = {
      visitedAt: { date: '2020-01-08 21:48:14.000000', timezone_type: 3, timezone: 'UTC' },
      campaignId: '237945',
      prospectId: 7,
      id: 'x',
      customFields: { Plan: 'Pro' },
      customField_Phone: '555',
      emailSubject: null,
    };
    const { api } = setup([row]);
    expect(await api.emailsOpened({ campaignId: 237945 })).toMatchObject({
      ok: true,
      value: [
        {
          campaignId: 237945,
          prospectId: '7',
          emailSubject: null,
          customFields: { Plan: 'Pro', Phone: '555' },
        },
      ],
    });
  });

  it('a body that fits no schema is invalid-response with the path', async () => {
    const { api } = setup({ data: [{ id: 'not-a-number', name: 'x' }] });
    expect(await api.doNotEmailLists()).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
  });

  it('passes the caller signal to the transport', async () => {
    const { api, transport } = setup();
    const controller = new AbortController();
    await api.pipelines({ signal: controller.signal });
    expect(transport.specs[0]?.signal).toBe(controller.signal);
  });
});
