// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenManager } from '../../../../../lib/api/auth';
import { requestAccessToken } from '../../../../../lib/api/endpoints/auth';
import { createOutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import type { OutreachEndpoints } from '../../../../../lib/api/endpoints/outreach';
import { defaultSleep } from '../../../../../lib/api/sleep';
import { createTransport } from '../../../../../lib/api/transport';
import type { Limiter, TokenSource } from '../../../../../lib/api/transport';
import { err, ok } from '../../../../../lib/result';
import { startSandbox } from '../../../../sandbox/server';
import type { SandboxHandle } from '../../../../sandbox/server';
import { IDS } from '../../../../sandbox/seed/workspace';
import { CAMPAIGN_IDS } from '../../../../sandbox/seed/campaigns';

// Contract: every outreach function over real HTTP against the in-process sandbox (STYLE.md §4.13).

let sandbox: SandboxHandle;
let api: OutreachEndpoints;

/** Unwraps a Result for the happy path, failing the test with the error otherwise. */
function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 1000 });
  // The client-side limiter is exercised elsewhere; here every call may go at once.
  const limiter: Limiter = { acquire: () => Promise.resolve(ok({ settle: () => undefined })) };
  const base = { baseUrl: sandbox.url, limiter, now: Date.now, sleep: defaultSleep, maxFailureRetries: 0 };
  const noTokens: TokenSource = {
    get: () => Promise.resolve(err({ kind: 'not-connected' })),
    invalidate: () => undefined,
  };
  const anonymous = createTransport({ ...base, tokens: noTokens });
  const tokens = createTokenManager({
    credentials: () => Promise.resolve({ clientId: 'demo-user-id', clientSecret: 'demo-secret' }),
    requestToken: (credentials) => requestAccessToken(anonymous, credentials),
    now: Date.now,
  });
  api = createOutreachEndpoints(createTransport({ ...base, tokens }));
});

afterAll(async () => {
  await sandbox.close();
});

describe('contract: campaigns and content', () => {
  it('create → content create/get/patch/delete → start/pause → progress/analytics → complete → delete', async () => {
    const created = value(
      await api.createCampaign({
        title: 'Contract campaign',
        priority: 'medium',
        email_accounts: [IDS.validSender],
        tracking: { open: true, link_click: true },
        sending_settings: {
          sending_priority: 'first_email',
          daily_sending_all: 100,
          skip_unverifiable: true,
          one_click_unsubscribe: true,
        },
        provider_matching: false,
        recipients: { list_id: IDS.websiteLeadsList, black_list_id: IDS.doNotEmailList },
        schedule_id: IDS.schedule,
        complete_campaign_after_last_step: true,
        archive_in_months: 1,
        sequence: {
          entry: 'a',
          steps: [
            { _ref: 'a', type: 'email', content_slots: 2, next: 'b' },
            { _ref: 'b', type: 'delay', waiting_type: 'days', waiting_val: 2, next: 'c' },
            { _ref: 'c', type: 'goal', goal_name: 'end' },
          ],
        },
      }),
    );
    expect(created.status).toBe('draft');
    const step = created.sequence?.steps.find((s) => s.type === 'email');
    const [slotA, slotB] = step?.content ?? [];
    if (!step || !slotA || !slotB) return expect.fail('email step with two content slots expected');
    const at = { campaignId: created.id, stepId: step._ref };

    for (const slot of [slotA, slotB]) {
      const written = value(
        await api.createStepContent({
          ...at,
          contentId: slot.id,
          subject: 'Hi {{first_name}}',
          body: '<p>Hello</p>',
          plain_text: false,
          usage: 'active',
        }),
      );
      expect(written).toMatchObject({ id: slot.id, subject: 'Hi {{first_name}}' });
    }
    expect(value(await api.stepContent({ ...at, contentId: slotA.id }))).toMatchObject({
      body: '<p>Hello</p>',
    });
    expect(
      value(
        await api.updateStepContent({ ...at, contentId: slotA.id, changes: { subject: 'Following up' } }),
      ),
    ).toMatchObject({ subject: 'Following up' });
    expect(value(await api.deleteStepContent({ ...at, contentId: slotB.id }))).toBe(true);
    expect(await api.deleteStepContent({ ...at, contentId: slotA.id })).toMatchObject({ ok: false });

    expect(value(await api.campaign({ campaignId: created.id }))).toMatchObject({
      id: created.id,
      title: 'Contract campaign',
    });
    expect(
      value(
        await api.updateCampaign({
          campaignId: created.id,
          changes: { title: 'Contract campaign v2', tracking: { link_click: false } },
        }),
      ),
    ).toMatchObject({
      title: 'Contract campaign v2',
      tracking: { open: true, link_click: false },
    });

    expect(value(await api.campaignAction({ campaignId: created.id, action: 'start' }))).toBe(true);
    expect(value(await api.campaignProgress({ campaignId: created.id })).status).toMatch(
      /^(active|scheduled)$/u,
    );
    // §13: content is editable only while draft, paused or scheduled.
    const whileActive = await api.updateStepContent({
      ...at,
      contentId: slotA.id,
      changes: { subject: 'Too late' },
    });
    expect(
      whileActive.ok && value(await api.campaignProgress({ campaignId: created.id })).status === 'active',
    ).toBe(false);
    expect(await api.deleteCampaign({ campaignId: created.id })).toMatchObject({
      ok: false,
      error: { kind: 'refused' },
    });
    expect(value(await api.campaignAction({ campaignId: created.id, action: 'pause' }))).toBe(true);
    expect(value(await api.campaignProgress({ campaignId: created.id })).status).toBe('paused');
    const analytics = value(
      await api.campaignAnalytics({
        date_from: '2026-10-01',
        date_to: '2026-11-01',
        campaign_id: [created.id, CAMPAIGN_IDS.q3],
      }),
    );
    expect(analytics.emails_sent).toBeGreaterThanOrEqual(0);
    expect(value(await api.campaignAction({ campaignId: created.id, action: 'complete' }))).toBe(true);
    expect(value(await api.deleteCampaign({ campaignId: created.id }))).toBe(true);
    expect(await api.campaign({ campaignId: created.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('lists campaigns and schedules', async () => {
    const list = value(await api.userCampaigns());
    expect(list.find((c) => c.id === CAMPAIGN_IDS.q3)).toMatchObject({ status: 'paused' });
    expect(list.find((c) => c.id === CAMPAIGN_IDS.draft)).toMatchObject({
      status: 'draft',
      started_at: null,
    });
    expect(value(await api.campaignSchedules()).map((s) => s.id)).toContain(IDS.schedule);
  });
});

describe('contract: recipients and do-not-email', () => {
  it('checks and changes a recipient status', async () => {
    const [first] = value(await api.emailsSent({ campaignId: CAMPAIGN_IDS.q3 }));
    if (!first) return expect.fail('the seeded Q3 campaign has sent e-mails');
    const checked = value(
      await api.recipientStatus({
        campaignId: CAMPAIGN_IDS.q3,
        emails: [first.userEmail, 'nobody@example.com'],
      }),
    );
    expect(checked).toHaveLength(2);
    expect(checked.find((r) => r.email === 'nobody@example.com')).toMatchObject({
      exist: false,
      status: null,
    });
    const target = checked.find((r) => r.exist && r.status === 'active');
    if (target) {
      expect(
        value(
          await api.changeRecipientStatus({
            campaignId: CAMPAIGN_IDS.q3,
            email: target.email,
            status: 'Paused',
          }),
        ),
      ).toBe(true);
    }
    expect(Array.isArray(value(await api.finishedProspects({ campaignId: CAMPAIGN_IDS.q3 })))).toBe(true);
  });

  it('adds to a do-not-email list and reports duplicates', async () => {
    expect(
      value(
        await api.addToDoNotEmailList({
          listId: IDS.doNotEmailList,
          items: ['contract@example.com', 'example.net'],
        }),
      ),
    ).toEqual({ duplicates: [] });
    expect(
      value(await api.addToDoNotEmailList({ listId: IDS.doNotEmailList, items: ['contract@example.com'] })),
    ).toEqual({ duplicates: ['contract@example.com'] });
    expect(value(await api.doNotEmailLists()).map((l) => l.id)).toContain(IDS.doNotEmailList);
  });
});

describe('contract: analytics reads', () => {
  it('reads every activity feed of the seeded Q3 campaign', async () => {
    const activity = value(
      await api.recipientsActivity({
        campaignId: CAMPAIGN_IDS.q3,
        dateFrom: '2026-10-01',
        dateTo: '2026-11-01',
        limit: 1000,
      }),
    );
    expect(activity.items.every((e) => e.event_time.endsWith('Z'))).toBe(true);
    expect(activity.pagination.limit).toBe(1000);
    expect(Array.isArray(value(await api.allReplies({ campaignId: CAMPAIGN_IDS.q3 })))).toBe(true);
    for (const read of [api.emailReplies, api.emailsOpened, api.emailsClicked]) {
      const rows = value(await read({ campaignId: CAMPAIGN_IDS.q3 }));
      expect(new Set(rows.map((r) => r.emailSubject))).toEqual(
        new Set(rows.length > 0 ? ['Quick question, {{first_name}}'] : []),
      );
    }
    expect(value(await api.emailsSent({ campaignId: CAMPAIGN_IDS.q3, offset: 0 })).length).toBeGreaterThan(0);
    expect(value(await api.campaignProgress({ campaignId: CAMPAIGN_IDS.q3 }))).toMatchObject({
      status: 'paused',
    });
  });

  it('reads pipelines and their stages', async () => {
    const [pipeline] = value(await api.pipelines());
    if (!pipeline) return expect.fail('a seeded pipeline');
    expect(
      value(await api.pipelineStages({ pipelineId: pipeline.id })).every(
        (s) => s.pipeline_id === pipeline.id,
      ),
    ).toBe(true);
  });
});

describe('contract: sender accounts and warm-up', () => {
  it('creates, patches and checks a sender account', async () => {
    const created = value(
      await api.createSenderAccount({
        sender_name: 'Contract Sender',
        email_from: 'contract@example.com',
        password: 'app-password',
        smtp: { host: 'smtp.example.com', port: 587, encryption: 'tls' },
        imap: { host: 'imap.example.com', port: 993, encryption: 'ssl' },
        tags: ['Contract'],
      }),
    );
    expect(created.smtp.status).toBe('pending');
    expect(
      value(await api.updateSenderAccount({ id: created.id, changes: { limitation: 120, reply_to: null } })),
    ).toMatchObject({ limitation: 120 });
    expect(value(await api.senderStatus({ sender_account_id: created.id })).smtp.status).toMatch(
      /^(pending|valid|invalid)$/u,
    );
    expect(value(await api.senderAccounts()).map((s) => s.id)).toContain(created.id);
  });

  it('creates, reads, lists, patches, reads statistics of and deletes a warm-up', async () => {
    const { id } = value(
      await api.createWarmUp({ email_account_id: IDS.invalidSender, strategy: 'steady', per_day: 10 }),
    );
    expect(value(await api.warmUp({ id }))).toMatchObject({ id, per_day: 10 });
    const page = value(await api.warmUps({ page: 1, per_page: 20 }));
    expect(page.items.map((w) => w.id)).toContain(id);
    expect(value(await api.updateWarmUp({ id, changes: { status: 'paused' } }))).toEqual({ id });
    const stats = value(await api.warmUpStatistics({ id: IDS.activeWarmUp, period: 'two_weeks' }));
    const dates = stats.daily.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(value(await api.deleteWarmUp({ id }))).toEqual({ id });
    expect(await api.warmUp({ id })).toMatchObject({ ok: false });
  });
});

describe('contract: webhooks', () => {
  it('creates, deactivates, lists and deletes a webhook', async () => {
    const hook = value(
      await api.createWebhook({
        event_object: 'campaign_email',
        event_action: 'bounced',
        endpoint_url: 'https://hooks.example.com/contract',
      }),
    );
    expect(hook).toMatchObject({
      end_point: 'https://hooks.example.com/contract',
      status: 'active',
      label: 'E-mail bounced',
    });
    expect(value(await api.updateWebhook({ webhookId: hook.id, status: 'deactivated' }))).toMatchObject({
      id: hook.id,
      status: 'deactivated',
    });
    expect(value(await api.webhooks()).find((w) => w.id === hook.id)).toMatchObject({
      status: 'deactivated',
    });
    expect(value(await api.deleteWebhook({ webhookId: hook.id }))).toBe(true);
    expect(value(await api.webhooks()).map((w) => w.id)).not.toContain(hook.id);
  });
});
