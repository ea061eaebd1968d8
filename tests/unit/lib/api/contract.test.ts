// @vitest-environment node
// Contract tests: every prospecting endpoint against the sandbox over real HTTP (tests/sandbox).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SnovClient, createSnovClient } from '../../../../lib/api/client';
import { defaultSleep, type Sleep } from '../../../../lib/api/sleep';
import type { TaskKind } from '../../../../lib/api/endpoints/task-results';
import type { ApiError } from '../../../../lib/errors';
import type { Result } from '../../../../lib/result';
import { type SandboxHandle, startSandbox } from '../../../sandbox/server';

const TIMEOUT = 29_999;
let sandbox: SandboxHandle;
let client: SnovClient;

/** Real time for request timeouts; virtual (instant) time for poll cadence and backoff. */
function makeClient(credentials = { clientId: 'demo-user-id', clientSecret: 'demo-secret' }): SnovClient {
  let offset = 0;
  const sleep: Sleep = (ms, signal) => {
    if (ms === TIMEOUT) return defaultSleep(ms, signal);
    offset += ms;
    return defaultSleep(0, signal);
  };
  return createSnovClient({
    baseUrl: sandbox.url,
    credentials: () => Promise.resolve(credentials),
    now: () => Date.now() + offset,
    sleep,
    timeoutMs: TIMEOUT,
  });
}

async function control(path: string, body: unknown): Promise<void> {
  await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function value<T>(result: Result<T, ApiError>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function finish<K extends TaskKind>(kind: K, start: Promise<Result<{ taskHash: string }, ApiError>>) {
  return value(await client.resumeTask(kind, value(await start).taskHash));
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, taskLatencyMs: 0, rateLimitPerMinute: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await control('reset', {});
  client = makeClient();
});

describe('sandbox contract: account and auth', () => {
  it('balance', async () => {
    expect(value(await client.balance())).toMatchObject({ credits: 25000 });
  });
  it('wrong credentials → auth-invalid', async () => {
    expect(await makeClient({ clientId: 'demo-user-id', clientSecret: 'nope' }).balance()).toEqual({
      ok: false,
      error: { kind: 'auth-invalid' },
    });
  });
  it('an expired token is refreshed once', async () => {
    value(await client.balance());
    await control('faults', { kind: 'expire-token', count: 1 });
    expect(value(await client.balance()).credits).toBe(25000);
  });
});

describe('sandbox contract: domain search', () => {
  it('company info, unknown domain → not-found', async () => {
    const info = await finish('company-info', client.companyInfoStart('acme-robotics.example'));
    expect(info.company?.company_name).toBeTruthy();
    expect(info.counts.prospects_count).toBeGreaterThan(20);
    const unknown = await client.resumeTask(
      'company-info',
      value(await client.companyInfoStart('no-such-company.example')).taskHash,
    );
    expect(unknown.ok ? 'ok' : unknown.error.kind).toBe('not-found');
  });

  it('prospects with positions and paging, then one prospect e-mail by its search_emails_start URL', async () => {
    const page1 = await finish(
      'domain-prospects',
      client.domainProspectsStart({ domain: 'acme-robotics.example' }),
    );
    expect(page1.prospects).toHaveLength(20);
    expect(page1.nextPage).toBe(2);
    const page2 = await finish(
      'domain-prospects',
      client.domainProspectsStart({ domain: 'acme-robotics.example', page: 2 }),
    );
    expect(page2.page).toBe(2);
    const filtered = await finish(
      'domain-prospects',
      client.domainProspectsStart({ domain: 'acme-robotics.example', positions: ['CTO', 'CEO'] }),
    );
    expect(filtered.prospects.length).toBeLessThan(20);
    const first = page1.prospects[0];
    if (!first) throw new Error('no prospect');
    const emails = await finish('prospect-emails', client.prospectEmailsStart(first.search_emails_start));
    expect(Array.isArray(emails.emails)).toBe(true);
  });

  it('domain e-mails with the next cursor, generic contacts, e-mail count', async () => {
    const page1 = await finish(
      'domain-emails',
      client.domainEmailsStart({ domain: 'acme-robotics.example' }),
    );
    expect(page1.emails).toHaveLength(50);
    expect(page1.next).toBeTruthy();
    const page2 = await finish(
      'domain-emails',
      client.domainEmailsStart({ domain: 'acme-robotics.example', next: page1.next ?? '' }),
    );
    expect(page2.emails.length).toBeGreaterThan(0);
    expect(page2.emails).not.toContain(page1.emails[0]);
    const generic = await finish(
      'generic-contacts',
      client.genericContactsStart({ domain: 'acme-robotics.example' }),
    );
    expect(generic.emails.length).toBeGreaterThan(0);
    expect(value(await client.domainEmailsCount('acme-robotics.example')).count).toBeGreaterThan(0);
    expect(value(await client.domainEmailsCount('mailbox.example')).isWebmail).toBe(true);
  });
});

describe('sandbox contract: database search', () => {
  it('prospects, reveal, companies', async () => {
    const prospects = await finish(
      'database-prospects',
      client.databaseProspectsStart({ filters: { company: { name: { include: ['Acme Robotics Inc'] } } } }),
    );
    expect(prospects.prospects.length).toBeGreaterThan(0);
    const reveal = prospects.prospects[0]?.email_and_hidden_info_reveal ?? '';
    const revealed = await finish('database-prospect-emails', client.revealProspectEmailStart(reveal));
    expect(revealed.first_name).toBeTruthy();
    const companies = await finish(
      'database-companies',
      client.databaseCompaniesStart({ filters: { company: { size: ['51-200', '201-500'] } } }),
    );
    expect(companies.total).toBeGreaterThanOrEqual(companies.companies.length);
  });
});

describe('sandbox contract: finder, enrichment, verifier', () => {
  const jose = 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-336e43/';

  it('company domain by name', async () => {
    const rows = await finish(
      'company-domains',
      client.companyDomainsStart(['Acme Robotics Inc', 'Nobody Anywhere Ltd']),
    );
    expect(rows.map((r) => r.domain)).toEqual(['acme-robotics.example', undefined]);
  });

  it('e-mails by name + domain', async () => {
    const rows = await finish(
      'emails-by-name',
      client.emailsByNameStart([{ firstName: 'Jose', lastName: 'Garcia', domain: 'acme-robotics.example' }]),
    );
    expect(rows).toHaveLength(1);
  });

  it('LinkedIn profiles by URL: unknown profiles are not found', async () => {
    const rows = await finish(
      'linkedin-profiles',
      client.linkedinProfilesStart([jose, 'https://www.linkedin.com/in/nobody-here-000/']),
    );
    expect(rows.map((r) => r.profile?.name)).toEqual(['José García', undefined]);
  });

  it('profile by e-mail', async () => {
    expect(value(await client.profileByEmail('jose.garcia@acme-robotics.example')).name).toBe('José García');
    const missing = await client.profileByEmail('nobody@no-such-company.example');
    expect(missing.ok ? 'ok' : missing.error.kind).toBe('not-found');
  });

  it('verification', async () => {
    const rows = await finish(
      'email-verification',
      client.verificationStart(['jose.garcia@acme-robotics.example', 'bjorn.silva@acme-robotics.example']),
    );
    expect(Object.fromEntries(rows.map((r) => [r.email, r.result.smtp_status]))).toEqual({
      'jose.garcia@acme-robotics.example': 'valid',
      'bjorn.silva@acme-robotics.example': 'not_valid',
    });
  });

  it('high-level operations over more than one call, in input order', async () => {
    const emails = [
      'jose.garcia@acme-robotics.example',
      'nora.larsen@acme-robotics.example',
      ...Array.from({ length: 10 }, (_, i) => `x${i}@acme-robotics.example`),
    ];
    const verified = await client.verifyEmails(emails);
    expect(verified.map((o) => o.input)).toEqual(emails);
    expect(verified.slice(0, 2).map((o) => o.ok && o.value.smtp_status)).toEqual(['valid', 'unknown']);
    const profiles = await client.enrichLinkedInProfiles([
      jose,
      'https://www.linkedin.com/in/nobody-here-000/',
    ]);
    expect(profiles.map((o) => (o.ok ? o.value.first_name : o.error.kind))).toEqual(['José', 'not-found']);
    const domains = await client.companyDomainsByName(['Northwind Finance LLC']);
    expect(domains[0]?.ok).toBe(true);
    const found = await client.findEmails([
      { firstName: 'Jose', lastName: 'Garcia', domain: 'acme-robotics.example' },
    ]);
    expect(found[0]?.ok).toBe(true);
  });
});

describe('sandbox contract: prospects and lists', () => {
  it('lists (deleted filtered), create list, custom fields', async () => {
    const lists = value(await client.userLists());
    expect(lists.map((l) => l.id)).toContain(1818597);
    expect(lists.map((l) => l.id)).not.toContain(1505383);
    const created = value(await client.createList('Contract test list'));
    expect(value(await client.userLists()).map((l) => l.id)).toContain(created.id);
    expect(value(await client.customFields()).map((f) => f.label)).toContain('specialization');
  });

  it('add prospect with every field, then read it back by id, by e-mail and in its list', async () => {
    const added = value(
      await client.addProspectToList({
        listId: 1818601,
        email: 'ada.lovelace@analytical-engines.example',
        fullName: 'Ada Lovelace',
        firstName: 'Ada',
        lastName: 'Lovelace',
        phones: ['+15550100001'],
        country: 'United Kingdom',
        locality: 'London',
        position: 'Analyst',
        companyName: 'Analytical Engines',
        companySite: 'https://analytical-engines.example',
        socialLinks: { linkedIn: 'https://www.linkedin.com/in/ada-lovelace-example/' },
        customFields: { specialization: 'Mathematics' },
        createDuplicates: false,
      }),
    );
    expect(added.isAdded).toBe(true);
    const id = added.id ?? '';
    const byId = value(await client.prospectById(id));
    expect(byId).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(byId.lists.map((l) => l.id)).toContain(1818601);
    expect(
      value(await client.prospectsByEmail('ada.lovelace@analytical-engines.example')).map((p) => p.id),
    ).toContain(id);
    const page = value(await client.prospectsInList({ listId: 1818601, perPage: 10 }));
    expect(page.prospects.map((p) => p.emails[0]?.email)).toContain(
      'ada.lovelace@analytical-engines.example',
    );
    const again = value(
      await client.addProspectToList({
        listId: 1818601,
        email: 'ada.lovelace@analytical-engines.example',
        position: 'Countess',
        updateContact: true,
      }),
    );
    expect(again.isUpdated).toBe(true);
  });
});

describe('sandbox contract: credits', () => {
  it('an empty balance is out-of-credits on a start (402) and on a finder result (status)', async () => {
    await control('config', { balance: 0 });
    const start = await client.verificationStart(['jose.garcia@acme-robotics.example']);
    expect(start.ok ? 'ok' : start.error.kind).toBe('out-of-credits');
    const [found] = await client.findEmails([
      { firstName: 'Jose', lastName: 'Garcia', domain: 'acme-robotics.example' },
    ]);
    expect(found?.ok ? 'ok' : found?.error.kind).toBe('out-of-credits');
  });
});

describe('sandbox contract: faults', () => {
  async function logged(route: string): Promise<number> {
    const response = await fetch(`${sandbox.url}/__sandbox/log`);
    const body: unknown = await response.json();
    const entries =
      typeof body === 'object' && body !== null && 'entries' in body && Array.isArray(body.entries)
        ? body.entries
        : [];
    return entries.filter(
      (e: unknown) => typeof e === 'object' && e !== null && 'path' in e && e.path === route,
    ).length;
  }

  it('a 500 on a credit-spending start is not re-sent; a 500 on a read is retried', async () => {
    await control('faults', { kind: '500', count: 1, pathPrefix: '/v2/email-verification/start' });
    const start = await client.verificationStart(['jose.garcia@acme-robotics.example']);
    expect(start.ok ? 'ok' : start.error.kind).toBe('server');
    expect(await logged('/v2/email-verification/start')).toBe(1);
    await control('faults', { kind: '500', count: 1, pathPrefix: '/v1/get-balance' });
    expect((await client.balance()).ok).toBe(true);
    expect(await logged('/v1/get-balance')).toBe(2);
  });

  it('429 is retried, malformed JSON is invalid-response, a dropped connection on a start is offline', async () => {
    await control('faults', { kind: '429', count: 2, pathPrefix: '/v1/get-balance' });
    expect((await client.balance()).ok).toBe(true);
    // A free call whose answer was cut off is asked again; past the retry budget it is invalid-response.
    await control('faults', { kind: 'malformed-json', count: 1, pathPrefix: '/v1/get-user-lists' });
    expect((await client.userLists()).ok).toBe(true);
    await control('faults', { kind: 'malformed-json', count: 4, pathPrefix: '/v1/get-user-lists' });
    const lists = await client.userLists();
    expect(lists.ok ? 'ok' : lists.error.kind).toBe('invalid-response');
    await control('faults', { kind: 'drop', count: 1, pathPrefix: '/v2/company-domain-by-name/start' });
    const dropped = await client.companyDomainsStart(['Acme Robotics Inc']);
    expect(dropped.ok ? 'ok' : dropped.error.kind).toBe('offline');
    expect(await logged('/v2/company-domain-by-name/start')).toBeLessThanOrEqual(1);
  });
});
