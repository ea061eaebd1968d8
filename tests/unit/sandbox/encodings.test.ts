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

const eleven = (make: (index: number) => unknown) => Array.from({ length: 11 }, (_, index) => make(index));

describe('accepted encodings (REFERENCE.md §2.1, §2.1b)', () => {
  it('query-string bracket arrays on a POST, and the same as JSON', async () => {
    const query = await h.call(
      'POST',
      '/v2/domain-search/prospects/start?domain=acme-robotics.example&positions[]=CTO&positions[]=CEO',
    );
    expect(query.body.meta.positions).toEqual(['CTO', 'CEO']);
    const json = await h.call('POST', '/v2/domain-search/prospects/start', {
      json: { domain: 'acme-robotics.example', positions: ['CTO'] },
    });
    expect(json.body.meta.positions).toEqual(['CTO']);
  });

  it('form bodies with bracket keys: customFields, socialLinks, phones', async () => {
    const form = new URLSearchParams();
    form.append('listId', '1818601');
    form.append('email', 'ana.form@acme-robotics.example');
    form.append('firstName', 'Ana');
    form.append('customFields[Project name]', 'Apollo');
    form.append('socialLinks[linkedIn]', 'https://www.linkedin.com/in/ana-form/');
    form.append('phones[]', '+15550100001');
    form.append('phones[]', '+15550100002');
    const reply = await h.call('POST', '/v1/add-prospect-to-list', { form });
    expect(reply.body).toMatchObject({ success: true, added: true, updated: false });
    const state = await h.control('state', undefined, 'GET');
    const list = (
      state.body.lists as {
        id: number;
        prospects: { email: string; customFields: Record<string, string> }[];
      }[]
    ).find((item) => item.id === 1818601);
    expect(list?.prospects[0]).toMatchObject({
      email: 'ana.form@acme-robotics.example',
      customFields: { 'Project name': 'Apollo' },
    });
  });

  it('JSON bodies with string ids and nested objects (what Snov’s n8n node sends)', async () => {
    const reply = await h.call('POST', '/v1/add-prospect-to-list', {
      json: { listId: '1818601', email: 'json@acme-robotics.example', socialLinks: {}, customFields: {} },
    });
    expect(reply.body.added).toBe(true);
    const list = await h.call('POST', '/v1/prospect-list', {
      json: { listId: '1818601', page: '1', perPage: '10' },
    });
    expect(list.body.list.contacts).toBe(1);
  });

  it('an empty JSON body on a POST is not an error', async () => {
    const reply = await h.call('POST', '/v2/domain-search/domain-emails/start?domain=acme-robotics.example', {
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(202);
  });

  it('analytics filters as a comma-separated string or an indexed array', async () => {
    const base = '/v2/statistics/campaign-analytics?date_from=2026-09-01&date_to=2026-11-01';
    const comma = await h.call('GET', `${base}&campaign_id=237945,237960`);
    const indexed = await h.call('GET', `${base}&campaign_id[0]=237945&campaign_id[1]=237960`);
    expect(comma.status).toBe(200);
    expect(indexed.body).toEqual(comma.body);
    expect(comma.body.emails_sent).toBeGreaterThan(0);
    expect((await h.call('GET', '/v2/statistics/campaign-analytics?date_from=2026-09-01')).status).toBe(422);
  });

  it('malformed JSON is a 400', async () => {
    const reply = await h.call('POST', '/v1/lists', {
      headers: { 'Content-Type': 'application/json' },
      form: '{"name":',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.success).toBe(false);
  });
});

describe('batch limits', () => {
  it.each([
    ['/v2/email-verification/start', { emails: eleven((index) => `a${index}@acme-robotics.example`) }],
    ['/v2/company-domain-by-name/start', { names: eleven((index) => `Company ${index}`) }],
    ['/v2/li-profiles-by-urls/start', { urls: eleven((index) => `https://www.linkedin.com/in/p${index}/`) }],
    [
      '/v2/emails-by-domain-by-name/start',
      {
        rows: eleven((index) => ({
          first_name: `A${index}`,
          last_name: 'B',
          domain: 'acme-robotics.example',
        })),
      },
    ],
    [
      '/v2/domain-search/prospects/start',
      { domain: 'acme-robotics.example', positions: eleven((index) => `T${index}`) },
    ],
  ])('%s refuses 11 items with 422', async (path, json) => {
    const reply = await h.call('POST', path, { json });
    expect(reply.status).toBe(422);
    expect(reply.body.success).toBe(false);
  });

  it('recipient check takes up to 100 unique e-mails', async () => {
    const query = (count: number) =>
      Array.from({ length: count }, (_, index) => `emails[]=r${index}@acme-robotics.example`).join('&');
    expect((await h.call('GET', `/v2/campaigns/237945/recipient?${query(100)}`)).status).toBe(200);
    expect((await h.call('GET', `/v2/campaigns/237945/recipient?${query(101)}`)).status).toBe(422);
    expect(
      (await h.call('GET', '/v2/campaigns/237945/recipient?emails[]=a@x.example&emails[]=a@x.example'))
        .status,
    ).toBe(422);
  });

  it('missing required parameters: 400 on v1, 422 on v2', async () => {
    expect(
      (await h.call('POST', '/v1/add-prospect-to-list', { json: { email: 'x@acme-robotics.example' } }))
        .status,
    ).toBe(400);
    expect((await h.call('POST', '/v2/email-verification/start', { json: {} })).status).toBe(422);
    expect((await h.call('POST', '/v2/email-verification/start?emails=a@b.example')).status).toBe(422);
  });
});
