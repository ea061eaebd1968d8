// @vitest-environment node
// Normalisers and every prospecting response schema against the examples.json bodies.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AccessTokenSchema } from '../../../../lib/api/schemas/auth';
import { BalanceSchema } from '../../../../lib/api/schemas/balance';
import {
  IdSchema,
  IntIdSchema,
  LinksSchema,
  LowercaseSchema,
  NumberishSchema,
  PercentSchema,
  PhpDateSchema,
  TaskStatusSchema,
  UnixSecondsSchema,
  lowercasePicklist,
} from '../../../../lib/api/schemas/common';
import {
  DatabaseCompaniesSchema,
  DatabaseProspectsSchema,
} from '../../../../lib/api/schemas/database-search';
import {
  CompanyInfoSchema,
  DomainEmailsCountSchema,
  DomainEmailsSchema,
  DomainProspectsSchema,
  ProspectEmailsSchema,
} from '../../../../lib/api/schemas/domain-search';
import {
  CompanyDomainsSchema,
  EmailsByNameSchema,
  LinkedInProfilesSchema,
  ProfileByEmailSchema,
} from '../../../../lib/api/schemas/finder';
import {
  AddProspectSchema,
  CreateListSchema,
  CustomFieldsSchema,
  ProspectByIdSchema,
  ProspectsByEmailSchema,
  ProspectsInListSchema,
  UserListsSchema,
} from '../../../../lib/api/schemas/prospects';
import { DomainTaskStartSchema, FinderTaskStartSchema } from '../../../../lib/api/schemas/tasks';
import { VerificationResultSchema } from '../../../../lib/api/schemas/verifier';
import { example } from './fakes';

const parse = <S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> =>
  v.parse(schema, input);

describe('normalisers', () => {
  it('links: [] or object → object of strings', () => {
    expect(parse(LinksSchema, [])).toEqual({});
    expect(parse(LinksSchema, { next: '', result: 'https://x' })).toEqual({ next: '', result: 'https://x' });
  });

  it('PHP DateTime objects → ISO, honouring the zone', () => {
    expect(
      parse(PhpDateSchema, { date: '2020-04-07 08:25:44.000000', timezone_type: 3, timezone: 'UTC' }),
    ).toBe('2020-04-07T08:25:44.000Z');
    expect(
      parse(PhpDateSchema, { date: '2020-04-07 08:25:44.000000', timezone_type: 3, timezone: 'Europe/Kyiv' }),
    ).toBe('2020-04-07T05:25:44.000Z');
    expect(
      parse(PhpDateSchema, { date: '2020-04-07 08:25:44.000000', timezone_type: 1, timezone: '+02:00' }),
    ).toBe('2020-04-07T06:25:44.000Z');
    expect(v.safeParse(PhpDateSchema, { date: 'yesterday', timezone: 'UTC' }).success).toBe(false);
  });

  it('Unix seconds → ISO', () => {
    expect(parse(UnixSecondsSchema, 1639469976)).toBe('2021-12-14T08:19:36.000Z');
    expect(parse(UnixSecondsSchema, '1639469976')).toBe('2021-12-14T08:19:36.000Z');
  });

  it('"70%" → 70, "25000.00" → 25000, ids as string or number', () => {
    expect(parse(PercentSchema, '70%')).toBe(70);
    expect(parse(PercentSchema, '12.5 %')).toBe(12.5);
    expect(parse(PercentSchema, 3)).toBe(3);
    expect(parse(NumberishSchema, '25000.00')).toBe(25000);
    expect(v.safeParse(NumberishSchema, 'lots').success).toBe(false);
    expect(parse(IdSchema, 1818597)).toBe('1818597');
    expect(parse(IdSchema, '0Y2QzowWL1rHpIptwaRp0Q==')).toBe('0Y2QzowWL1rHpIptwaRp0Q==');
    expect(parse(IntIdSchema, '1818597')).toBe(1818597);
  });

  it('mixed-case statuses → lowercase; "in progress" folds to in_progress', () => {
    expect(parse(LowercaseSchema, ' Active ')).toBe('active');
    expect(parse(lowercasePicklist(['active', 'paused']), 'Paused')).toBe('paused');
    expect(parse(TaskStatusSchema, 'In Progress')).toBe('in_progress');
  });

  it('percent strings round-trip for any integer (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (n) => parse(PercentSchema, `${n}%`) === n));
  });
});

describe('examples.json bodies', () => {
  it('token and task starts', () => {
    expect(parse(AccessTokenSchema, example('POST /v1/oauth/access_token')).expires_in).toBe(3600);
    for (const key of [
      'POST /v2/domain-search/start',
      'POST /v2/domain-search/prospects/start',
      'POST /v2/domain-search/prospects/search-emails/start/{prospect_hash}',
      'POST /v2/domain-search/domain-emails/start',
      'POST /v2/domain-search/generic-contacts/start',
      'POST /v2/database-search/prospects/start',
      'POST /v2/database-search/prospects/search-emails/start/{task_hash}',
      'POST /v2/database-search/companies/start',
    ]) {
      expect(parse(DomainTaskStartSchema, example(key)).taskHash).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const key of [
      'POST /v2/company-domain-by-name/start',
      'POST /v2/emails-by-domain-by-name/start',
      'POST /v2/li-profiles-by-urls/start',
      'POST /v2/email-verification/start',
    ]) {
      expect(parse(FinderTaskStartSchema, example(key)).taskHash).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('domain search results', () => {
    const info = parse(CompanyInfoSchema, example('GET /v2/domain-search/result/{task_hash}'));
    expect(info).toMatchObject({
      done: true,
      value: {
        domain: 'example.com',
        company: { company_name: 'Example Inc' },
        counts: { prospects_count: 196 },
      },
    });
    const prospects = parse(
      DomainProspectsSchema,
      example('GET /v2/domain-search/prospects/result/{task_hash}'),
    );
    expect(prospects.done && prospects.value).toMatchObject({ page: 1, totalCount: 2, nextPage: undefined });
    expect(prospects.done && prospects.value.prospects[0]?.prospectHash).toMatch(/^41627edb/);
    const emails = parse(
      ProspectEmailsSchema,
      example('GET /v2/domain-search/prospects/search-emails/result/{task_hash}'),
    );
    expect(emails.done && emails.value).toMatchObject({
      searching_date: '2026-05-01T11:11:11.000Z',
      emails: [{ email: 'john.doe@example.com', smtp_status: 'valid' }],
    });
    const domainEmails = parse(
      DomainEmailsSchema,
      example('GET /v2/domain-search/domain-emails/result/{task_hash}'),
    );
    expect(domainEmails.done && domainEmails.value.next).toMatch(/^4ae6ca51/);
    const generic = parse(
      DomainEmailsSchema,
      example('GET /v2/domain-search/generic-contacts/result/{task_hash}'),
    );
    expect(generic.done && generic.value).toEqual({
      emails: ['orders@example.com', 'sales@example.com'],
      totalCount: 2,
      next: undefined,
    });
    expect(parse(DomainEmailsCountSchema, example('POST /v1/get-domain-emails-count'))).toEqual({
      isWebmail: false,
      count: 1369,
    });
  });

  it('prospects next page is read from links.next', () => {
    const body = {
      ...(example('GET /v2/domain-search/prospects/result/{task_hash}') as object),
      links: { next: 'https://api.snov.io/v2/domain-search/prospects/start?domain=example.com&page=2' },
    };
    const page = parse(DomainProspectsSchema, body);
    expect(page.done && page.value.nextPage).toBe(2);
  });

  it('database search results', () => {
    const prospects = parse(
      DatabaseProspectsSchema,
      example('GET /v2/database-search/prospects/result/{task_hash}'),
    );
    expect(prospects.done && prospects.value).toMatchObject({
      total: 162,
      total_pages: 4,
      prospects: [{ list_id: 1818597, revealHash: '15e843a82ac180b5369aa97a879ae200' }],
    });
    const reveal = parse(
      ProspectEmailsSchema,
      example('GET /v2/database-search/prospects/search-emails/result/{task_hash}'),
    );
    expect(reveal.done && reveal.value.linkedin_url).toBe('https://www.linkedin.com/in/john-doe-example');
    const companies = parse(
      DatabaseCompaniesSchema,
      example('GET /v2/database-search/companies/result/{task_hash}'),
    );
    expect(companies.done && companies.value.companies[0]?.revenue).toEqual({
      min: 20000000,
      max: 50000000,
      reported: 0,
    });
  });

  it('finder, enrichment and verifier results', () => {
    const domains = parse(CompanyDomainsSchema, example('GET /v2/company-domain-by-name/result'));
    expect(domains.done && domains.value).toEqual([
      { name: 'Example Inc', domain: 'example.com' },
      { name: 'Sample LLC', domain: 'example.org' },
    ]);
    const notFound = parse(CompanyDomainsSchema, {
      status: 'completed',
      data: [{ name: 'Nobody', result: [] }],
    });
    expect(notFound.done && notFound.value).toEqual([{ name: 'Nobody', domain: undefined }]);
    const found = parse(EmailsByNameSchema, example('GET /v2/emails-by-domain-by-name/result'));
    expect(found.done && found.value[1]?.result[0]?.unknown_status_reason).toBe('catchall');
    const profiles = parse(LinkedInProfilesSchema, example('GET /v2/li-profiles-by-urls/result'));
    expect(profiles.done && profiles.value.map((p) => p.profile?.name)).toEqual(['John Doe', undefined]);
    const verified = parse(VerificationResultSchema, example('GET /v2/email-verification/result'));
    expect(verified.done && verified.value.map((r) => r.result.smtp_status)).toEqual([
      'unknown',
      'valid',
      'not_valid',
    ]);
    const profile = parse(ProfileByEmailSchema, example('POST /v1/get-profile-by-email'));
    expect(profile).toMatchObject({
      id: '301592',
      currentJobs: [{ companyName: 'Example Inc' }],
      lastUpdateDate: '2024-02-07T10:12:28.000Z',
    });
    expect(parse(ProfileByEmailSchema, { success: true })).toBeUndefined();
  });

  it('an in-progress poll is not done', () => {
    expect(parse(VerificationResultSchema, { status: 'in_progress', data: [] })).toEqual({
      done: false,
      status: 'in_progress',
    });
    const bad = v.safeParse(VerificationResultSchema, { status: 'completed', data: [{ email: 1 }] });
    expect(bad.success ? undefined : v.getDotPath(bad.issues[0])).toBe('data.0.email');
  });

  it('prospects and lists', () => {
    expect(parse(AddProspectSchema, example('POST /v1/add-prospect-to-list'))).toEqual({
      id: '0Y2QzowWL1rHpIptwaRp0Q==',
      isAdded: true,
      isUpdated: false,
    });
    const prospect = parse(ProspectByIdSchema, example('POST /v1/get-prospect-by-id'));
    expect(prospect).toMatchObject({
      lastUpdateDate: '2024-09-11T12:37:58.000Z',
      currentJobs: [{ position: 'Head of Sales' }],
      lists: [{ id: 1250344 }],
    });
    expect(parse(ProspectsByEmailSchema, example('POST /v1/get-prospects-by-email'))).toHaveLength(1);
    expect(parse(CustomFieldsSchema, example('GET /v1/prospect-custom-fields')).map((f) => f.type)).toEqual([
      'string',
      'string',
      'date',
    ]);
    const lists = parse(UserListsSchema, example('GET /v1/get-user-lists'));
    expect(lists.map((l) => [l.id, l.isDeleted, l.creationDate])).toEqual([
      [1818597, false, '2024-04-07T08:25:44.000Z'],
      [1505383, true, '2023-12-17T15:07:30.000Z'],
    ]);
    const inList = parse(ProspectsInListSchema, example('POST /v1/prospect-list'));
    expect(inList.list.contacts).toBe(2);
    expect(inList.prospects[1]?.emails[0]?.smtpStatus).toBeNull();
    expect(parse(CreateListSchema, example('POST /v1/lists'))).toEqual({ id: 1234567 });
    expect(parse(CreateListSchema, { success: true, data: { id: '7' } })).toEqual({ id: 7 });
  });

  it('balance: string credits → number', () => {
    expect(parse(BalanceSchema, example('GET /v1/get-balance'))).toEqual({
      credits: 25000,
      isTeamwork: false,
      uniqueRecipientsUsed: 0,
      limitResetsInDays: 29,
      expiresInDays: 359,
    });
  });
});
