/** Enrichment and finder (REFERENCE.md §7): v2 async, `data.task_hash`, hash in `?task_hash=`. */
import { ok, type Reply } from '../core/http';
import { InputError, isEmail, isRecord, optStr, reqList, reqStr } from '../core/params';
import type { RouteName } from '../../../lib/api/paths';
import type { Person } from '../seed/types';
import type { HandlerTable, RouteContext } from './context';
import {
  checkWebhookUrl,
  companyFor,
  findPersonByEmail,
  findPersonByLinkedin,
  findPersonByName,
  jobOf,
  normaliseDomain,
} from './lookup';

/** Start envelope of the finder family: `{data:{task_hash}, meta:<echo>}`, no links, no status. */
function start(
  ctx: RouteContext,
  resultRoute: RouteName,
  meta: Record<string, unknown>,
  work: { data: unknown; status?: string; credits: number },
): Reply {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  const hash = ctx.rt.startTask(resultRoute, (task_hash) => ({
    // Assumption (§2.2): in progress = `{status:"in_progress", data:[], meta}`.
    pending: { status: 'in_progress', data: [], meta: { ...meta, task_hash } },
    done: { status: work.status ?? 'completed', data: work.data, meta: { ...meta, task_hash } },
  }));
  return { status: 200, body: { data: { task_hash: hash }, meta }, credits: work.credits, task: 'start' };
}

/** A poll handler for a query-hash family. */
export function pollByQuery(resultRoute: RouteName): (ctx: RouteContext) => Reply {
  return (ctx) => ({
    status: 200,
    body: ctx.rt.tasks.poll(resultRoute, reqStr(ctx.input, 'task_hash'), ctx.now),
    task: 'poll',
  });
}

/** Charges `amount` or throws NoCreditsError (402) before the task exists. */
function pay(ctx: RouteContext, amount: number): number {
  return ctx.rt.charge(null, amount);
}

function bareName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\s+(inc|llc|gmbh|ltd)$/, '')
    .trim();
}

function companyDomains(ctx: RouteContext): Reply {
  const names = reqList(ctx.input, 'names', 10);
  const data = names.map((name) => {
    const company = ctx.world.companies.find((item) => bareName(item.name) === bareName(name));
    // Assumption (§7): a name with no match has `result: []`.
    return { name, result: company ? { domain: company.domain } : [] };
  });
  const found = new Set(data.flatMap((row) => (Array.isArray(row.result) ? [] : [row.result.domain])));
  return start(ctx, 'companyDomainByNameResult', { names }, { data, credits: pay(ctx, found.size) });
}

function finderRow(person: Person | undefined): Record<string, unknown>[] {
  if (person?.email == null || person.smtpStatus === 'not_valid') return [];
  return [
    {
      email: person.email,
      smtp_status: person.smtpStatus,
      is_valid_format: true,
      is_disposable: false,
      is_webmail: false,
      is_gibberish: false,
      ...(person.unknownReason ? { unknown_status_reason: person.unknownReason } : {}),
    },
  ];
}

function emailsByName(ctx: RouteContext): Reply {
  const raw = ctx.input['rows'];
  if (!Array.isArray(raw) || raw.length === 0) throw new InputError('The rows field is required.');
  if (raw.length > 10) throw new InputError('The rows field must not have more than 10 items.');
  const rows = raw.map((row: unknown, index) => {
    if (!isRecord(row)) throw new InputError(`rows.${index} must be an object.`);
    return {
      first_name: reqStr(row, 'first_name'),
      last_name: reqStr(row, 'last_name'),
      domain: reqStr(row, 'domain'),
    };
  });
  const data = rows.map((row) => {
    const person = findPersonByName(ctx.world, {
      first: row.first_name,
      last: row.last_name,
      domain: normaliseDomain(row.domain),
    });
    // Assumption (§7): nobody found ⇒ `result: []`.
    return { people: `${row.first_name} ${row.last_name}`, result: finderRow(person) };
  });
  const cost = new Set(data.flatMap((row) => row.result.map((item) => String(item['email'])))).size;
  // Assumption: too few credits for the whole batch ⇒ the task ends `not_enough_credits`, nothing charged, data [].
  if (ctx.world.balance < cost)
    return start(ctx, 'emailsByNameResult', { rows }, { data: [], status: 'not_enough_credits', credits: 0 });
  return start(ctx, 'emailsByNameResult', { rows }, { data, credits: pay(ctx, cost) });
}

function profile(ctx: RouteContext, person: Person): Record<string, unknown> {
  const company = companyFor(ctx.world, person);
  return {
    name: `${person.firstName} ${person.lastName}`,
    first_name: person.firstName,
    last_name: person.lastName,
    industry: person.industry,
    location: `${person.city}, ${person.country}`,
    country: person.country,
    skills: person.skills,
    positions: [
      {
        name: company?.name ?? null,
        title: person.position,
        linkedin_url: company ? `https://www.linkedin.com/company/${company.linkedinId}` : null,
        url: company ? `https://${company.domain}` : null,
        industry: person.industry,
        country: company?.country ?? person.country,
        location: company ? `${company.city}, ${company.country}` : null,
        specializations: ['B2B Sales', 'Lead Generation'],
      },
    ],
  };
}

function linkedinProfiles(ctx: RouteContext): Reply {
  const urls = reqList(ctx.input, 'urls', 10);
  if (urls.some((url) => !/^https?:\/\/\S+$/i.test(url)))
    throw new InputError('Every urls item must be a valid URL.');
  const matches = urls.map((url) => findPersonByLinkedin(ctx.world, url));
  // Gotcha (§7): an unresolved profile is `result: []`.
  const data = urls.map((url, index) => {
    const person = matches[index];
    return { url, result: person ? profile(ctx, person) : [] };
  });
  const cost = new Set(matches.flatMap((person) => (person ? [person.key] : []))).size;
  return start(ctx, 'linkedinProfilesResult', { urls }, { data, credits: pay(ctx, cost) });
}

function profileByEmail(ctx: RouteContext): Reply {
  const email = reqStr(ctx.input, 'email');
  if (!isEmail(email)) throw new InputError('The email must be a valid email address.');
  const person = findPersonByEmail(ctx.world, email);
  // Assumption (§7): not found ⇒ 200 `{success:false, errors:[...]}`, free.
  if (!person) return ok({ success: false, errors: ['No profile found for this email'] });
  const credits = pay(ctx, 1);
  const company = companyFor(ctx.world, person);
  return ok(
    {
      success: true,
      id: person.profileId,
      source: 'linkedIn',
      name: `${person.firstName} ${person.lastName}`,
      firstName: person.firstName,
      lastName: person.lastName,
      logo: `https://img.prospector-demo.example/people/${person.profileId}.jpg`,
      industry: person.industry,
      country: person.country,
      locality: person.city,
      social: [{ link: person.linkedinUrl, type: 'linkedIn' }],
      currentJobs: [jobOf(company, person.position)],
      previousJobs: [],
      lastUpdateDate: '2026-02-07 10:12:28',
    },
    credits,
  );
}

export const finderHandlers: HandlerTable = {
  companyDomainByNameStart: companyDomains,
  companyDomainByNameResult: pollByQuery('companyDomainByNameResult'),
  emailsByNameStart: emailsByName,
  emailsByNameResult: pollByQuery('emailsByNameResult'),
  linkedinProfilesStart: linkedinProfiles,
  linkedinProfilesResult: pollByQuery('linkedinProfilesResult'),
  profileByEmail,
};
