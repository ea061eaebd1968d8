/* eslint-disable @typescript-eslint/no-unsafe-member-access -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot();
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

const DRAFT = 237956;
const PAUSED = 237945;
const ACTIVE = 237960;

const newCampaign = {
  title: 'Sandbox test',
  priority: 'medium',
  email_accounts: [11980],
  tracking: { open: true, link_click: false },
  sending_settings: { sending_priority: 'first_email' },
  recipients: { list_id: 1818601 },
  complete_campaign_after_last_step: true,
  archive_in_months: 3,
  sequence: {
    entry: 'a',
    steps: [
      { _ref: 'a', type: 'email', content_slots: 2, next: 'b' },
      { _ref: 'b', type: 'delay', waiting_type: 'days', waiting_val: 2, next: 'c' },
      { _ref: 'c', type: 'goal', goal_name: 'end' },
    ],
  },
};

async function act(id: number, action: string) {
  return h.call('POST', `/v2/campaigns/${id}/action`, { json: { action } });
}

describe('campaign create and content', () => {
  it('creates a new campaign with numeric refs and content slots, then fills them and starts it', async () => {
    const created = await h.call('POST', '/v2/campaigns/create', { json: newCampaign });
    expect(created.status).toBe(200);
    const data = created.body.data as {
      id: number;
      status: string;
      sequence: { entry: string; steps: { _ref: string; content?: { id: number }[] }[] };
    };
    expect(data.status).toBe('new');
    const email = data.sequence.steps[0];
    expect(email?._ref).toMatch(/^\d+$/);
    expect(data.sequence.entry).toBe(email?._ref);
    expect(email?.content).toHaveLength(2);
    const refused = await act(data.id, 'start');
    expect(refused.body.success).toBe(false);
    const slot = email?.content?.[0]?.id ?? 0;
    const content = await h.call(
      'POST',
      `/v2/campaigns/${data.id}/steps/${email?._ref ?? ''}/content/create`,
      {
        json: {
          content_id: slot,
          subject: 'Hi {{first_name}}',
          body: '<p>Hello</p>',
          plain_text: false,
          usage: 'active',
        },
      },
    );
    expect(content.body).toMatchObject({ success: true, data: { id: slot, usage: 'active' } });
    expect((await act(data.id, 'start')).body).toEqual({ success: true });
    expect((await h.call('GET', `/v2/campaigns/${data.id}`)).body.data.status).toBe('active');
  });

  it('refuses invalid enums and missing required fields with 422', async () => {
    expect(
      (await h.call('POST', '/v2/campaigns/create', { json: { ...newCampaign, priority: 'urgent' } })).status,
    ).toBe(422);
    expect(
      (await h.call('POST', '/v2/campaigns/create', { json: { ...newCampaign, archive_in_months: 4 } }))
        .status,
    ).toBe(422);
    const untitled = Object.fromEntries(Object.entries(newCampaign).filter(([key]) => key !== 'title'));
    expect((await h.call('POST', '/v2/campaigns/create', { json: untitled })).status).toBe(422);
    expect((await act(DRAFT, 'launch')).status).toBe(422);
  });

  it('content can only change while new, paused or scheduled; the last block cannot be deleted', async () => {
    const campaign = (await h.call('GET', `/v2/campaigns/${ACTIVE}`)).body.data as {
      sequence: { steps: { _ref: string; content?: { id: number }[] }[] };
    };
    const step = campaign.sequence.steps[0];
    const contentId = step?.content?.[0]?.id ?? 0;
    const path = `/v2/campaigns/${ACTIVE}/steps/${step?._ref ?? ''}/content/${contentId}`;
    expect((await h.call('GET', path)).body.data.id).toBe(contentId);
    const refused = await h.call('PATCH', path, { json: { subject: 'Changed' } });
    expect(refused.body).toMatchObject({
      success: false,
      errors: [expect.stringContaining('new, paused or scheduled') as unknown],
    });
    await act(ACTIVE, 'pause');
    expect((await h.call('PATCH', path, { json: { subject: 'Changed' } })).body).toMatchObject({
      success: true,
      data: { subject: 'Changed' },
    });
    expect((await h.call('DELETE', path)).body).toMatchObject({ success: false });
  });
});

describe('campaign state machine', () => {
  it('pause → resume → complete → archived, with refusals for the wrong order', async () => {
    expect((await act(PAUSED, 'pause')).body.success).toBe(false);
    expect((await act(PAUSED, 'resume')).body.success).toBe(true);
    expect((await act(PAUSED, 'archived')).body.success).toBe(false);
    expect((await act(PAUSED, 'complete')).body.success).toBe(true);
    expect((await act(PAUSED, 'archived')).body.success).toBe(true);
    const list = (await h.call('GET', '/v1/get-user-campaigns')).body as { id: number; status: string }[];
    expect(list.find((item) => item.id === PAUSED)?.status).toBe('Archived');
  });

  it('deletes only new, completed or archived campaigns', async () => {
    const refused = await h.call('DELETE', `/v2/campaigns/${ACTIVE}`);
    expect(refused.status).toBe(200);
    expect(refused.body.success).toBe(false);
    await act(ACTIVE, 'complete');
    expect((await h.call('DELETE', `/v2/campaigns/${ACTIVE}`)).body).toEqual({ success: true });
    expect((await h.call('GET', `/v2/campaigns/${ACTIVE}`)).status).toBe(404);
  });

  it('core fields are editable only while new; nested objects merge', async () => {
    const refused = await h.call('PATCH', `/v2/campaigns/${PAUSED}`, {
      json: { recipients: { list_id: 1818597 } },
    });
    expect(refused.body.success).toBe(false);
    const merged = await h.call('PATCH', `/v2/campaigns/${DRAFT}`, { json: { tracking: { open: false } } });
    expect(merged.body.data.tracking).toEqual({ open: false, link_click: true });
  });

  it('the refusal status is configurable', async () => {
    await h.control('config', { refusalStatus: 422 });
    expect((await act(PAUSED, 'pause')).status).toBe(422);
  });
});

describe('recipients', () => {
  it('change-recipient-status refuses Moved/Finished and unknown statuses', async () => {
    const recipients = (await h.control('state', undefined, 'GET')).body as {
      lists: { id: number; prospects: { email: string }[] }[];
    };
    const emails = (recipients.lists.find((list) => list.id === 1818600)?.prospects ?? []).flatMap((item) =>
      item.email ? [item.email] : [],
    );
    const check = await h.call(
      'GET',
      `/v2/campaigns/${PAUSED}/recipient?${emails
        .slice(0, 40)
        .map((email) => `emails[]=${encodeURIComponent(email)}`)
        .join('&')}`,
    );
    const moved = (check.body.data as { email: string; status: string }[]).find(
      (item) => item.status === 'moved',
    );
    expect(moved).toBeDefined();
    const refused = await h.call('POST', '/v1/change-recipient-status', {
      form: new URLSearchParams({ email: moved?.email ?? '', campaign_id: String(PAUSED), status: 'Active' }),
    });
    expect(refused.body.success).toBe(false);
    expect(
      (
        await h.call('POST', '/v1/change-recipient-status', {
          form: new URLSearchParams({
            email: moved?.email ?? '',
            campaign_id: String(PAUSED),
            status: 'active',
          }),
        })
      ).status,
    ).toBe(400);
  });
});
