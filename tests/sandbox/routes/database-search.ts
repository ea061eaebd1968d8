/** Database search (REFERENCE.md §6): v2 async, JSON body with `filters`, hash in the path. */
import { notFound, type Reply } from '../core/http';
import { InputError, isRecord, optInt, optObject, optStr, type Input } from '../core/params';
import { dateTime } from '../core/time';
import type { Company, Person } from '../seed/types';
import { param, type HandlerTable, type RouteContext } from './context';
import { pollByPath } from './domain-search';
import { checkWebhookUrl, companyFor } from './lookup';

const PAGE_SIZE = 50;
const LEVELS = ['c_level', 'vp_level', 'director_level', 'manager_level', 'staff'];
const DEPARTMENTS = [
  'engineering',
  'human_resources',
  'it_is',
  'finance_administration',
  'marketing',
  'operations',
  'sales',
  'support',
  'other',
];
const SIZES = ['Self', '1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+'];
const LOCATION_TYPES = ['city', 'state', 'country', 'region', 'subregion'];

/** `{include:[], exclude:[]}` with optional enum check; returns lower-cased lists. */
function includeExclude(
  filter: Input,
  key: string,
  allowed?: string[],
): { include: string[]; exclude: string[] } {
  const value = optObject(filter, key) ?? {};
  const read = (side: string): string[] => {
    const items = value[side] ?? [];
    if (!Array.isArray(items)) throw new InputError(`filters ${key}.${side} must be an array.`);
    return items.map((item: unknown) => {
      const text = String(item);
      if (allowed && !allowed.includes(text))
        throw new InputError(`The selected ${key}.${side} value ${text} is invalid.`);
      return text.toLowerCase();
    });
  };
  return { include: read('include'), exclude: read('exclude') };
}

function passes(value: string, rule: { include: string[]; exclude: string[] }, exact = false): boolean {
  const hit = (item: string) => (exact ? value.toLowerCase() === item : value.toLowerCase().includes(item));
  return (rule.include.length === 0 || rule.include.some(hit)) && !rule.exclude.some(hit);
}

function checkLocations(filter: Input): void {
  const locations = optObject(filter, 'locations') ?? {};
  for (const side of ['include', 'exclude']) {
    const entries = locations[side] ?? [];
    if (!Array.isArray(entries)) throw new InputError(`locations.${side} must be an array.`);
    for (const entry of entries) {
      if (!isRecord(entry) || !LOCATION_TYPES.includes(String(entry['location_type'])))
        throw new InputError('Invalid location_type.');
    }
  }
}

function companyFilter(filters: Input): (company: Company | undefined) => boolean {
  const company = optObject(filters, 'company') ?? {};
  const names = includeExclude(company, 'name');
  const industries = includeExclude(company, 'industries');
  const sizes = company['size'] === undefined ? [] : company['size'];
  if (!Array.isArray(sizes) || sizes.some((size) => !SIZES.includes(String(size))))
    throw new InputError('Invalid company size.');
  const revenue = optObject(company, 'revenue');
  const [min, max] = [optInt(revenue ?? {}, 'min', { min: 0 }), optInt(revenue ?? {}, 'max', { min: 0 })];
  if (min !== undefined && max !== undefined && min > max)
    throw new InputError('revenue.min must not exceed revenue.max.');
  checkLocations(company);
  return (item) =>
    item !== undefined &&
    passes(item.name, names) &&
    passes(item.industry, industries) &&
    (sizes.length === 0 || sizes.map(String).includes(item.size));
}

function mask(text: string, keep: number): string {
  return `${text.slice(0, keep)}${'*'.repeat(Math.max(3, text.length - keep))}`;
}

function prospectRow(ctx: RouteContext, person: Person): Record<string, unknown> {
  const company = companyFor(ctx.world, person);
  const saved = [...ctx.world.lists.values()].find((list) =>
    list.prospectIds.some(
      (id) => ctx.world.prospects.get(id)?.email === person.email && person.email !== null,
    ),
  );
  return {
    first_name: person.firstName,
    last_name: mask(person.lastName, 2),
    job_title: person.position,
    location: `${person.city}, ${person.country}`,
    linkedin_url: `https://linkedin.com/in/${mask(person.linkedinUrl.split('/in/')[1] ?? '', 2)}`,
    industry: person.industry,
    ...(saved ? { list_id: saved.id } : {}),
    email_and_hidden_info_reveal: `${ctx.baseUrl}/v2/database-search/prospects/search-emails/start/${person.revealHash}`,
    company: company
      ? {
          name: company.name,
          domain: company.domain,
          location: `${company.city}, ${company.country}`,
          industry: company.industry,
          size: company.size,
        }
      : null,
  };
}

function paged<T>(
  items: T[],
  page: number,
): { total: number; page: number; total_pages: number; slice: T[] } {
  return {
    total: items.length,
    page,
    total_pages: Math.ceil(items.length / PAGE_SIZE),
    slice: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  };
}

function startReply(
  ctx: RouteContext,
  task: { hash: string; page: number; resultPath: string; credits: number },
): Reply {
  const { hash, page, resultPath, credits } = task;
  return {
    status: 200,
    body: {
      data: [],
      meta: { task_hash: hash, page },
      links: { result: `${ctx.baseUrl}${resultPath}/${hash}` },
    },
    credits,
    task: 'start',
  };
}

function prospectsStart(ctx: RouteContext): Reply {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  const page = optInt(ctx.input, 'page', { min: 1 }) ?? 1;
  const filters = optObject(ctx.input, 'filters') ?? {};
  const prospect = optObject(filters, 'prospect') ?? {};
  const [titles, levels, departments, skills] = [
    includeExclude(prospect, 'job_titles'),
    includeExclude(prospect, 'management_levels', LEVELS),
    includeExclude(prospect, 'departments', DEPARTMENTS),
    includeExclude(prospect, 'skills'),
  ];
  checkLocations(prospect);
  const [first, last] = [
    optStr(prospect, 'first_name')?.toLowerCase(),
    optStr(prospect, 'last_name')?.toLowerCase(),
  ];
  const companyOk = companyFilter(filters);
  const matches = ctx.world.people.filter(
    (person) =>
      passes(person.position, titles) &&
      passes(person.managementLevel, levels, true) &&
      passes(person.department, departments, true) &&
      (skills.include.length === 0 || person.skills.some((skill) => skills.include.includes(skill))) &&
      (first === undefined || person.firstName.toLowerCase() === first) &&
      (last === undefined || person.lastName.toLowerCase() === last) &&
      companyOk(companyFor(ctx.world, person)),
  );
  const { slice, ...counts } = paged(matches, page);
  // §2.6: database prospect search is free.
  const hash = ctx.rt.startTask('databaseProspectsResult', (task_hash) => ({
    pending: { data: [], meta: { task_hash, page }, links: [], status: 'in_progress' },
    done: {
      data: { ...counts, prospects: slice.map((person) => prospectRow(ctx, person)) },
      meta: { task_hash, page },
      links: [],
      status: 'completed',
    },
  }));
  return startReply(ctx, { hash, page, resultPath: '/v2/database-search/prospects/result', credits: 0 });
}

function revealStart(ctx: RouteContext): Reply {
  const revealHash = param(ctx, 'task_hash');
  const person = ctx.world.people.find((item) => item.revealHash === revealHash);
  if (!person) throw notFound();
  const emails =
    person.email !== null && person.smtpStatus !== 'not_valid'
      ? [{ email: person.email, smtp_status: person.smtpStatus }]
      : [];
  // §2.6: 1 credit per prospect with an e-mail; a second reveal of the same prospect is free.
  const credits = emails.length > 0 ? ctx.rt.charge(`reveal:${revealHash}`, 1) : 0;
  // The documented start answers with the path hash as task_hash (examples.json).
  const hash = ctx.rt.startTask(
    'databaseProspectEmailsResult',
    (task_hash) => ({
      pending: { data: [], meta: { task_hash }, links: [], status: 'in_progress' },
      done: {
        data: {
          searching_date: dateTime(ctx.now),
          first_name: person.firstName,
          last_name: person.lastName,
          linkedin_url: person.linkedinUrl.replace(/\/$/, ''),
          emails,
        },
        meta: { task_hash },
        links: [],
        status: 'completed',
      },
    }),
    revealHash,
  );
  return {
    status: 200,
    body: {
      data: [],
      meta: { task_hash: hash },
      links: { result: `${ctx.baseUrl}/v2/database-search/prospects/search-emails/result/${hash}` },
    },
    credits,
    task: 'start',
  };
}

function companiesStart(ctx: RouteContext): Reply {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  const page = optInt(ctx.input, 'page', { min: 1 }) ?? 1;
  const filters = optObject(ctx.input, 'filters') ?? {};
  checkLocations(filters);
  const companyOk = companyFilter(filters);
  const { slice, ...counts } = paged(
    ctx.world.companies.filter((company) => companyOk(company)),
    page,
  );
  // §2.6: 1 credit per unique request with at least one record.
  const credits = slice.length > 0 ? ctx.rt.charge(`companies:${JSON.stringify(filters)}:${page}`, 1) : 0;
  const hash = ctx.rt.startTask('databaseCompaniesResult', (task_hash) => ({
    pending: { data: [], meta: { task_hash, page }, links: [], status: 'in_progress' },
    done: {
      data: {
        ...counts,
        companies: slice.map((company) => ({
          name: company.name,
          domain: company.domain,
          location: `${company.city}, ${company.state}, ${company.country}`,
          industry: company.industry,
          size: company.size,
          revenue: company.revenue,
          logo_url: `https://logos.prospector-demo.example/${company.domain}.png`,
        })),
      },
      meta: { task_hash, page },
      links: [],
      status: 'completed',
    },
  }));
  return startReply(ctx, { hash, page, resultPath: '/v2/database-search/companies/result', credits });
}

export const databaseSearchHandlers: HandlerTable = {
  databaseProspectsStart: prospectsStart,
  databaseProspectsResult: pollByPath('databaseProspectsResult'),
  databaseProspectEmailsStart: revealStart,
  databaseProspectEmailsResult: pollByPath('databaseProspectEmailsResult'),
  databaseCompaniesStart: companiesStart,
  databaseCompaniesResult: pollByPath('databaseCompaniesResult'),
};
