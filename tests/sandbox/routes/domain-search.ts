/**
 * Domain search (REFERENCE.md §5): v2 async, hash in the path, `meta.task_hash` + `links.result`.
 * Parameters are read from the query string of the POST, a form body or a JSON body alike.
 */
import { ok, type Reply } from '../core/http';
import { hex32 } from '../core/prng';
import { InputError, optInt, optList, optStr, reqStr } from '../core/params';
import { dateTime } from '../core/time';
import { param, type HandlerTable, type RouteContext } from './context';
import { checkWebhookUrl, domainEmails, findCompany, normaliseDomain, peopleAt } from './lookup';
import { notFound } from '../core/http';
import type { RouteName } from '../../../lib/api/paths';
import { WEBMAIL_DOMAINS } from '../seed/tables';

const PROSPECTS_PER_PAGE = 20;
const EMAILS_PER_PAGE = 50;

/** Assumption: domain-search starts answer 202 (one client checks for it, REFERENCE.md §2.5). */
function started(
  ctx: RouteContext,
  meta: Record<string, unknown>,
  resultPath: string,
  credits: number,
): Reply {
  const hash = String(meta['task_hash']);
  return {
    status: 202,
    body: { data: [], meta, links: { result: `${ctx.baseUrl}${resultPath}/${hash}` } },
    credits,
    task: 'start',
  };
}

/** Assumption (§2.2): in progress = the start envelope with empty data, `links: []` and the status. */
function pending(meta: Record<string, unknown>): unknown {
  return { data: [], meta, links: [], status: 'in_progress' };
}

function domainOf(ctx: RouteContext): string {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  return normaliseDomain(reqStr(ctx.input, 'domain'));
}

function companyInfo(ctx: RouteContext): Reply {
  const domain = domainOf(ctx);
  const company = findCompany(ctx.world, domain);
  // §2.6: 1 credit per distinct request, not charged when there is no result.
  const credits = company ? ctx.rt.charge(`company-info:${domain}`, 1) : 0;
  const start = `${ctx.baseUrl}/v2/domain-search`;
  const hash = ctx.rt.startTask('domainSearchResult', (task_hash) => ({
    pending: pending({ domain, task_hash }),
    // Assumption: an unknown domain starts fine (free) and its result is the 404 envelope (§5, [S6]).
    done:
      company === undefined
        ? notFound()
        : {
            data: {
              company_name: company.name,
              city: company.city,
              founded: company.founded,
              website: company.domain,
              hq_phone: company.hqPhone,
              industry: company.industry,
              size: company.size,
              related_domains: company.relatedDomains,
            },
            meta: {
              domain,
              task_hash,
              prospects_count: peopleAt(ctx.world, domain).length,
              emails_count: domainEmails(ctx.world, domain).length,
              generic_contacts_count: company.genericEmails.length,
            },
            links: {
              prospects: `${start}/prospects/start?domain=${domain}`,
              domain_emails: `${start}/domain-emails/start?domain=${domain}`,
              generic_contacts: `${start}/generic-contacts/start?domain=${domain}`,
            },
            status: 'completed',
          },
  }));
  return started(ctx, { domain, task_hash: hash }, '/v2/domain-search/result', credits);
}

function nextPageUrl(ctx: RouteContext, domain: string, page: number, positions: string[]): string {
  const query = new URLSearchParams({ domain, page: String(page) });
  for (const position of positions) query.append('positions[]', position);
  return `${ctx.baseUrl}/v2/domain-search/prospects/start?${query.toString()}`;
}

function prospects(ctx: RouteContext): Reply {
  const domain = domainOf(ctx);
  const page = optInt(ctx.input, 'page', { min: 1 }) ?? 1;
  const positions = optList(ctx.input, 'positions', 10) ?? [];
  const known = findCompany(ctx.world, domain) !== undefined;
  const wanted = positions.map((position) => position.toLowerCase());
  const matching = peopleAt(ctx.world, domain).filter(
    (person) =>
      wanted.length === 0 || wanted.some((position) => person.position.toLowerCase().includes(position)),
  );
  const slice = matching.slice((page - 1) * PROSPECTS_PER_PAGE, page * PROSPECTS_PER_PAGE);
  const key = `prospects:${domain}:${page}:${[...wanted].sort().join('|')}`;
  const credits = slice.length > 0 ? ctx.rt.charge(key, 1) : 0;
  const meta = { domain, tab: 'prospects', page, positions };
  const hash = ctx.rt.startTask('domainProspectsResult', (task_hash) => ({
    pending: pending({ ...meta, task_hash }),
    done: !known
      ? notFound()
      : {
          data: slice.map((person) => ({
            first_name: person.firstName,
            last_name: person.lastName,
            position: person.position,
            source_page: person.linkedinUrl,
            search_emails_start: `${ctx.baseUrl}/v2/domain-search/prospects/search-emails/start/${person.prospectHash}`,
          })),
          meta: { ...meta, task_hash, total_count: matching.length },
          // Assumption (§5): links.next is a prospects/start URL with page=n+1, "" on the last page.
          links: {
            next:
              page * PROSPECTS_PER_PAGE < matching.length
                ? nextPageUrl(ctx, domain, page + 1, positions)
                : '',
          },
          status: 'completed',
        },
  }));
  return started(
    ctx,
    { domain, tab: 'prospects', task_hash: hash, page, positions },
    '/v2/domain-search/prospects/result',
    credits,
  );
}

function prospectEmails(ctx: RouteContext): Reply {
  checkWebhookUrl(optStr(ctx.input, 'webhook_url'));
  const prospectHash = param(ctx, 'prospect_hash');
  const person = ctx.world.people.find((item) => item.prospectHash === prospectHash);
  // Assumption: an unknown prospect_hash is refused at start with the 404 envelope.
  if (!person) throw notFound();
  const emails =
    person.email !== null && person.smtpStatus !== 'not_valid'
      ? [{ email: person.email, smtp_status: person.smtpStatus }]
      : [];
  const credits = emails.length > 0 ? ctx.rt.charge(`prospect-email:${prospectHash}`, 1) : 0;
  const hash = ctx.rt.startTask('prospectEmailsResult', (task_hash) => ({
    pending: pending({ task_hash }),
    // Assumption (§5): no e-mail found ⇒ emails: [].
    done: {
      data: { searching_date: dateTime(ctx.now), emails },
      meta: { task_hash },
      links: [],
      status: 'completed',
    },
  }));
  return started(ctx, { task_hash: hash }, '/v2/domain-search/prospects/search-emails/result', credits);
}

function cursorFor(domain: string, offset: number): string {
  return `${hex32(`cursor-${domain}`)}${offset.toString(16).padStart(8, '0')}`;
}

function offsetOf(domain: string, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const prefix = hex32(`cursor-${domain}`);
  if (!cursor.startsWith(prefix) || cursor.length !== prefix.length + 8)
    throw new InputError('The next field is invalid.');
  return parseInt(cursor.slice(prefix.length), 16);
}

function emailPages(kind: 'emails' | 'service'): (ctx: RouteContext) => Reply {
  const [resultRoute, tabPath]: [RouteName, string] =
    kind === 'emails'
      ? ['domainEmailsResult', 'domain-emails']
      : ['genericContactsResult', 'generic-contacts'];
  return (ctx) => {
    const domain = domainOf(ctx);
    const cursor = optStr(ctx.input, 'next');
    const offset = offsetOf(domain, cursor);
    const company = findCompany(ctx.world, domain);
    const all = kind === 'emails' ? domainEmails(ctx.world, domain) : [...(company?.genericEmails ?? [])];
    const slice = all.slice(offset, offset + EMAILS_PER_PAGE);
    // Assumption (§19): every page is a distinct, billable request.
    const credits = slice.length > 0 ? ctx.rt.charge(`${kind}:${domain}:${offset}`, 1) : 0;
    const next = offset + EMAILS_PER_PAGE < all.length ? cursorFor(domain, offset + EMAILS_PER_PAGE) : '';
    const hash = ctx.rt.startTask(resultRoute, (task_hash) => ({
      pending: pending({ domain, tab: kind, task_hash, next: cursor ?? '' }),
      done:
        company === undefined
          ? notFound()
          : {
              data: slice.map((email) => ({ email })),
              meta: { domain, tab: kind, task_hash, next, total_count: all.length },
              links: {
                next:
                  next === ''
                    ? ''
                    : `${ctx.baseUrl}/v2/domain-search/${tabPath}/start?domain=${domain}&next=${next}`,
              },
              status: 'completed',
            },
    }));
    return started(
      ctx,
      { domain, tab: kind, task_hash: hash, next: cursor ?? '' },
      `/v2/domain-search/${tabPath}/result`,
      credits,
    );
  };
}

function emailsCount(ctx: RouteContext): Reply {
  const domain = normaliseDomain(reqStr(ctx.input, 'domain'));
  const webmail = (WEBMAIL_DOMAINS as readonly string[]).includes(domain);
  return ok({ success: true, domain, webmail, result: webmail ? 0 : domainEmails(ctx.world, domain).length });
}

/** A poll handler for a path-hash family. */
export function pollByPath(resultRoute: RouteName): (ctx: RouteContext) => Reply {
  return (ctx) => ({
    status: 200,
    body: ctx.rt.tasks.poll(resultRoute, param(ctx, 'task_hash'), ctx.now),
    task: 'poll',
  });
}

export const domainSearchHandlers: HandlerTable = {
  domainSearchStart: companyInfo,
  domainSearchResult: pollByPath('domainSearchResult'),
  domainProspectsStart: prospects,
  domainProspectsResult: pollByPath('domainProspectsResult'),
  prospectEmailsStart: prospectEmails,
  prospectEmailsResult: pollByPath('prospectEmailsResult'),
  domainEmailsStart: emailPages('emails'),
  domainEmailsResult: pollByPath('domainEmailsResult'),
  genericContactsStart: emailPages('service'),
  genericContactsResult: pollByPath('genericContactsResult'),
  domainEmailsCount: emailsCount,
};
