/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- any: response bodies are arbitrary JSON probed by the assertions themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boot, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await boot();
});
afterAll(async () => h.sandbox.close());
beforeEach(async () => {
  await h.control('reset');
  await h.control('config', { taskLatencyMs: 5000 });
});

/** Path of a `links.result` URL. */
const pathOf = (url: string): string => new URL(url).pathname + new URL(url).search;

async function pollTwice(path: string): Promise<[unknown, unknown]> {
  const pending = await h.call('GET', path);
  expect(pending.status).toBe(200);
  await h.control('clock', { advanceMs: 5000 });
  const done = await h.call('GET', path);
  expect(done.status).toBe(200);
  return [pending.body, done.body];
}

describe('domain-search family (hash in path, meta.task_hash + links.result)', () => {
  it('company info: start → in_progress → completed', async () => {
    const start = await h.call('POST', '/v2/domain-search/start?domain=acme-robotics.example');
    expect(start.status).toBe(202);
    expect(start.body.data).toEqual([]);
    expect(start.body.links.result).toContain(
      `/v2/domain-search/result/${String(start.body.meta.task_hash)}`,
    );
    const [pending, done] = await pollTwice(pathOf(String(start.body.links.result)));
    expect(pending).toEqual({
      data: [],
      meta: { domain: 'acme-robotics.example', task_hash: start.body.meta.task_hash },
      links: [],
      status: 'in_progress',
    });
    expect(done).toMatchObject({
      status: 'completed',
      data: { company_name: 'Acme Robotics Inc', website: 'acme-robotics.example' },
      meta: { prospects_count: 64 },
    });
  });

  it('prospects → search-emails: pages of 20, links.next, e-mail found', async () => {
    const start = await h.call(
      'POST',
      '/v2/domain-search/prospects/start?domain=acme-robotics.example&page=1',
    );
    const [, done] = await pollTwice(pathOf(String(start.body.links.result)));
    const result = done as {
      data: { search_emails_start: string }[];
      meta: { total_count: number };
      links: { next: string };
    };
    expect(result.data).toHaveLength(20);
    expect(result.meta.total_count).toBe(64);
    expect(new URL(result.links.next).searchParams.get('page')).toBe('2');
    const first = result.data[0];
    if (!first) throw new Error('no prospect');
    const emails = await h.call('POST', pathOf(first.search_emails_start), { json: {} });
    expect(emails.body.links.result).toContain('/search-emails/result/');
    const [, found] = await pollTwice(pathOf(String(emails.body.links.result)));
    expect(found).toMatchObject({
      status: 'completed',
      links: [],
      data: { emails: [{ email: 'jose.garcia@acme-robotics.example', smtp_status: 'valid' }] },
    });
  });

  it('domain emails page with a cursor, generic contacts with tab "service"', async () => {
    const start = await h.call('POST', '/v2/domain-search/domain-emails/start?domain=acme-robotics.example');
    const [, done] = await pollTwice(pathOf(String(start.body.links.result)));
    const page = done as {
      data: unknown[];
      meta: { next: string; total_count: number };
      links: { next: string };
    };
    expect(page.data).toHaveLength(50);
    expect(page.links.next).toContain(`next=${page.meta.next}`);
    const second = await h.call('POST', pathOf(page.links.next));
    await h.control('clock', { advanceMs: 5000 });
    const rest = await h.call('GET', pathOf(String(second.body.links.result)));
    expect(rest.body.data.length).toBe(page.meta.total_count - 50);
    expect(rest.body.links.next).toBe('');
    const generic = await h.call('POST', '/v2/domain-search/generic-contacts/start', {
      form: 'domain=acme-robotics.example',
    });
    expect(generic.body.meta.tab).toBe('service');
  });

  it('unknown domain: start is accepted, the result is the 404 envelope', async () => {
    const start = await h.call('POST', '/v2/domain-search/start?domain=no-such-company.example');
    expect(start.status).toBe(202);
    await h.control('clock', { advanceMs: 5000 });
    const result = await h.call('GET', pathOf(String(start.body.links.result)));
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      errors: { code: 404, title: 'Sorry, but url or entity not found', source: '' },
    });
  });

  it('database prospects → reveal, and companies', async () => {
    const start = await h.call('POST', '/v2/database-search/prospects/start', {
      json: { page: 1, filters: { prospect: { management_levels: { include: ['c_level'] } } } },
    });
    const [, done] = await pollTwice(pathOf(String(start.body.links.result)));
    const data = (
      done as {
        data: { prospects: { email_and_hidden_info_reveal: string; last_name: string }[]; total: number };
      }
    ).data;
    expect(data.total).toBeGreaterThan(0);
    expect(data.prospects[0]?.last_name).toMatch(/\*\*\*$/);
    const reveal = await h.call('POST', pathOf(data.prospects[0]?.email_and_hidden_info_reveal ?? ''));
    expect(reveal.status).toBe(200);
    const [, revealed] = await pollTwice(pathOf(String(reveal.body.links.result)));
    expect(revealed).toMatchObject({
      status: 'completed',
      data: { first_name: expect.any(String) as unknown },
    });
    const companies = await h.call('POST', '/v2/database-search/companies/start', {
      json: { filters: { company: { size: ['201-500'] } } },
    });
    const [, list] = await pollTwice(pathOf(String(companies.body.links.result)));
    expect(
      (list as { data: { companies: { domain: string }[] } }).data.companies.map((item) => item.domain),
    ).toContain('acme-robotics.example');
  });

  it('refuses invalid database filters', async () => {
    const reply = await h.call('POST', '/v2/database-search/prospects/start', {
      json: { filters: { prospect: { departments: { include: ['astrology'] } } } },
    });
    expect(reply.status).toBe(422);
  });
});

describe('finder family (data.task_hash, ?task_hash=)', () => {
  it('email verification: no links, in_progress then completed, sorted by address', async () => {
    const start = await h.call(
      'POST',
      '/v2/email-verification/start?emails[]=jose.garcia@acme-robotics.example&emails[]=not-an-email',
    );
    expect(start.body.links).toBeUndefined();
    expect(start.body.meta).toEqual({ emails: ['jose.garcia@acme-robotics.example', 'not-an-email'] });
    const [pending, done] = await pollTwice(
      `/v2/email-verification/result?task_hash=${String(start.body.data.task_hash)}`,
    );
    expect(pending).toMatchObject({ status: 'in_progress', data: [] });
    expect(done).toMatchObject({
      status: 'completed',
      data: [
        { email: 'jose.garcia@acme-robotics.example', result: { smtp_status: 'valid' } },
        { email: 'not-an-email', result: { smtp_status: 'not_valid', is_valid_format: false } },
      ],
    });
  });

  it('company domain by name, emails by name, LinkedIn profiles (unknown ⇒ result: [])', async () => {
    const names = await h.call('POST', '/v2/company-domain-by-name/start', {
      json: { names: ['Acme Robotics', 'Nobody Corp'] },
    });
    const [, domains] = await pollTwice(
      `/v2/company-domain-by-name/result?task_hash=${String(names.body.data.task_hash)}`,
    );
    expect(domains).toMatchObject({
      data: [
        { name: 'Acme Robotics', result: { domain: 'acme-robotics.example' } },
        { name: 'Nobody Corp', result: [] },
      ],
    });
    const rows = await h.call('POST', '/v2/emails-by-domain-by-name/start', {
      json: { rows: [{ first_name: 'Jose', last_name: 'Garcia', domain: 'acme-robotics.example' }] },
    });
    const [, found] = await pollTwice(
      `/v2/emails-by-domain-by-name/result?task_hash=${String(rows.body.data.task_hash)}`,
    );
    expect(found).toMatchObject({
      status: 'completed',
      data: [{ people: 'Jose Garcia', result: [{ email: 'jose.garcia@acme-robotics.example' }] }],
    });
    const urls = await h.call('POST', '/v2/li-profiles-by-urls/start', {
      json: {
        urls: ['https://www.linkedin.com/in/josé-garcía-336e43', 'https://www.linkedin.com/in/nobody-here/'],
      },
    });
    const [, profiles] = await pollTwice(
      `/v2/li-profiles-by-urls/result?task_hash=${String(urls.body.data.task_hash)}`,
    );
    expect(profiles).toMatchObject({
      data: [{ result: { first_name: 'José', last_name: 'García' } }, { result: [] }],
    });
  });

  it('a hash only works on its own family, an unknown one is 404, a missing one 422', async () => {
    const start = await h.call('POST', '/v2/email-verification/start', {
      json: { emails: ['a@acme-robotics.example'] },
    });
    const hash = String(start.body.data.task_hash);
    expect((await h.call('GET', `/v2/li-profiles-by-urls/result?task_hash=${hash}`)).status).toBe(404);
    expect(
      (await h.call('GET', '/v2/email-verification/result?task_hash=ffffffffffffffffffffffffffffffff'))
        .status,
    ).toBe(404);
    expect((await h.call('GET', '/v2/email-verification/result')).status).toBe(422);
  });

  it('a latency range keeps the task in progress for at least its minimum', async () => {
    await h.control('config', { taskLatencyMs: [2000, 3000] });
    const start = await h.call('POST', '/v2/email-verification/start', {
      json: { emails: ['a@acme-robotics.example'] },
    });
    const path = `/v2/email-verification/result?task_hash=${String(start.body.data.task_hash)}`;
    expect((await h.call('GET', path)).body.status).toBe('in_progress');
    await h.control('clock', { advanceMs: 3000 });
    expect((await h.call('GET', path)).body.status).toBe('completed');
  });
});
