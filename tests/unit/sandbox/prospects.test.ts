/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROUTES, type RouteName } from '../../../lib/api/paths';
import { handlerFor } from '../../sandbox/routes/index';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot();
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
});

describe('routing', () => {
  it('has a handler for every one of the 75 routes', () => {
    const names = Object.keys(ROUTES) as RouteName[];
    expect(names).toHaveLength(75);
    expect(names.filter((name) => handlerFor(name) === undefined)).toEqual([]);
  });

  it('404s unknown paths, 405s wrong methods, and prefers literal routes', async () => {
    expect((await h.call('GET', '/v1/nope')).body).toEqual({
      errors: { code: 404, title: 'Sorry, but url or entity not found', source: '' },
    });
    const wrong = await h.call('GET', '/v2/campaigns/create');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await h.call('POST', '/v1/get-balance')).status).toBe(405);
    expect((await h.call('GET', '/v2/campaigns/schedules')).body.data[0].id).toBe(1074);
  });

  it('answers CORS preflight and adds the origin header', async () => {
    const preflight = await fetch(`${h.sandbox.url}/v1/get-balance`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect((await h.call('GET', '/v1/get-balance')).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('prospects and lists', () => {
  it('existing prospect: both flags false ⇒ added:false, updated:false; updateContact updates; createDuplicates duplicates', async () => {
    const email = 'jose.garcia@acme-robotics.example';
    const plain = await h.call('POST', '/v1/add-prospect-to-list', { json: { listId: 1818601, email } });
    expect(plain.body).toMatchObject({ success: true, added: false, updated: false });
    const updated = await h.call('POST', '/v1/add-prospect-to-list', {
      json: { listId: 1818601, email, position: 'CTO & founder', updateContact: true },
    });
    expect(updated.body).toMatchObject({ added: true, updated: true, id: plain.body.id });
    const duplicate = await h.call('POST', '/v1/add-prospect-to-list', {
      json: { listId: 1818601, email, createDuplicates: '1' },
    });
    expect(duplicate.body).toMatchObject({ added: true, updated: false });
    expect(duplicate.body.id).not.toBe(plain.body.id);
    expect(
      (await h.call('POST', '/v1/get-prospects-by-email', { form: `email=${email}` })).body.data,
    ).toHaveLength(2);
    const both = await h.call('POST', '/v1/add-prospect-to-list', {
      json: { listId: 1818601, email, createDuplicates: true, updateContact: true },
    });
    expect(both.status).toBe(400);
  });

  it('needs an e-mail or a LinkedIn link, an existing list and existing custom fields', async () => {
    expect(
      (await h.call('POST', '/v1/add-prospect-to-list', { json: { listId: 1818601, firstName: 'X' } }))
        .status,
    ).toBe(400);
    expect(
      (
        await h.call('POST', '/v1/add-prospect-to-list', {
          form: 'listId=1818601&socialLinks[linkedIn]=https://www.linkedin.com/in/new-person/',
        })
      ).body.added,
    ).toBe(true);
    expect(
      (await h.call('POST', '/v1/add-prospect-to-list', { json: { listId: 1505383, email: 'a@b.example' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await h.call('POST', '/v1/add-prospect-to-list', {
          json: { listId: 1818601, email: 'a@b.example', customFields: { nope: 'x' } },
        })
      ).status,
    ).toBe(400);
  });

  it('reads a prospect by id with lists and currentJob, and lists incl. the deleted one', async () => {
    const added = await h.call('POST', '/v1/add-prospect-to-list', {
      json: {
        listId: '1818601',
        email: 'new@acme-robotics.example',
        firstName: 'Ana',
        lastName: 'Nova',
        companyName: 'Acme Robotics Inc',
        position: 'CFO',
      },
    });
    const byId = await h.call('POST', '/v1/get-prospect-by-id', {
      form: new URLSearchParams({ id: String(added.body.id) }),
    });
    expect(byId.body.data).toMatchObject({
      name: 'Ana Nova',
      lists: [{ id: 1818601, name: 'Empty list' }],
      currentJob: [{ position: 'CFO' }],
    });
    const lists = (await h.call('GET', '/v1/get-user-lists')).body as {
      id: number;
      isDeleted: boolean;
      contacts: number;
    }[];
    expect(lists.find((list) => list.id === 1505383)?.isDeleted).toBe(true);
    expect(lists.find((list) => list.id === 1818601)?.contacts).toBe(1);
    const created = await h.call('POST', '/v1/lists', { form: 'name=Fresh' });
    expect(created.body).toEqual([{ success: true, data: { id: expect.any(Number) as unknown } }]);
    expect(
      (await h.call('POST', '/v1/prospect-list', { json: { listId: 1818597, perPage: 5001 } })).status,
    ).toBe(400);
  });

  it('adding a prospect to an active campaign’s list enrols it', async () => {
    await h.call('POST', '/v1/add-prospect-to-list', {
      json: { listId: 1818597, email: 'enrolled@acme-robotics.example' },
    });
    const check = await h.call(
      'GET',
      '/v2/campaigns/237960/recipient?emails[]=enrolled@acme-robotics.example',
    );
    expect(check.body.data).toEqual([
      { email: 'enrolled@acme-robotics.example', exist: true, status: 'active' },
    ]);
  });
});

describe('replies injection and activity', () => {
  it('an injected reply shows in all-replies and get-emails-replies', async () => {
    const before = (await h.call('GET', '/v1/get-emails-replies?campaignId=237960&offset='))
      .body as unknown[];
    const injected = await h.control('replies', {
      campaignId: 237960,
      message: 'Yes, call me',
      receivedAt: '2026-11-20 10:00:00',
    });
    expect(injected.body.ok).toBe(true);
    const all = await h.call('GET', '/v2/campaigns/237960/all-replies');
    expect(all.body.data[0]).toMatchObject({ replyType: 'email', receivedAt: '2026-11-20 10:00:00' });
    const after = (await h.call('GET', '/v1/get-emails-replies?campaignId=237960')).body as {
      visitedAt: { date: string };
    }[];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.visitedAt.date).toBe('2026-11-20 10:00:00.000000');
  });

  it('recipients-activity enforces camelCase dates and the 31-day span', async () => {
    expect(
      (await h.call('GET', '/v2/campaigns/237945/recipients-activity?dateFrom=2026-10-01&dateTo=2026-10-31'))
        .body.pagination,
    ).toMatchObject({ offset: 0, limit: 100 });
    expect(
      (await h.call('GET', '/v2/campaigns/237945/recipients-activity?dateFrom=2026-09-01&dateTo=2026-10-31'))
        .status,
    ).toBe(422);
    expect(
      (
        await h.call(
          'GET',
          '/v2/campaigns/237945/recipients-activity?date_from=2026-10-01&date_to=2026-10-31',
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await h.call(
          'GET',
          '/v2/campaigns/237945/recipients-activity?dateFrom=2026-10-01&dateTo=2026-10-31&limit=1001',
        )
      ).status,
    ).toBe(422);
  });

  it('sender accounts, warm-ups and pipelines answer their documented shapes', async () => {
    expect(
      (await h.call('GET', '/v2/sender-accounts/check-sender-status?sender_account_id=12355')).body.data.smtp,
    ).toEqual({ status: 'invalid', errors: ['Connection refused'] });
    const created = await h.call('POST', '/v2/sender-accounts/emails', {
      json: {
        sender_name: 'N',
        email_from: 'n@acme-robotics.example',
        password: 'p',
        smtp: { host: 'smtp.acme-robotics.example', port: 587, encryption: 'tls' },
      },
    });
    expect(created.body.data.smtp.status).toBe('pending');
    expect(
      (
        await h.call('POST', '/v2/sender-accounts/emails', {
          json: {
            sender_name: 'N',
            email_from: 'n@x.example',
            password: 'p',
            smtp: { host: 'h', port: 465, encryption: 'tls' },
          },
        })
      ).status,
    ).toBe(422);
    expect((await h.call('GET', '/v2/warm-up?per_page=30')).status).toBe(422);
    expect((await h.call('GET', '/v2/warm-up/statistics/123?period=two_weeks')).body.data.is_calculated).toBe(
      true,
    );
    expect((await h.call('GET', '/v2/pipelines/1106350/stages')).body.data[0]).toMatchObject({
      pipeline_id: 1106350,
      order: 1,
    });
  });
});
