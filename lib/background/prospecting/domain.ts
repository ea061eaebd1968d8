/**
 * Domain search for the popup: company info, prospects (20 per page, position filter), domain
 * e-mails and generic contacts (cursor paging), and revealing a prospect's e-mails. Each answer is
 * cached by domain and page, and concurrent asks for one key share one request.
 */
import * as v from 'valibot';
import { validateDomain } from '../../api/validate';
import type { ApiError } from '../../errors';
import { EmailInfoSchema, ProspectSchema } from '../../messaging/protocol/dto';
import type { CompanyView, EmailInfo, Prospect } from '../../messaging/protocol/dto';
import type { DomainEmailsPage, DomainProspectsPage } from '../../messaging/protocol/prospecting';
import { err, ok, type Result } from '../../result';
import type { DomainProspects } from '../../api/schemas/domain-search';
import { cached } from '../cache/cached';
import type { Services } from '../services';
import { compact, toEmailInfo } from './mappers';
import { runKeyedTask } from './run-task';

const opt = v.exactOptional(v.string());
const CompanyViewSchema = v.object({
  domain: v.string(),
  name: opt,
  industry: opt,
  size: opt,
  city: opt,
  founded: opt,
  phone: opt,
  relatedDomains: v.array(v.string()),
  prospectsCount: v.number(),
  emailsCount: v.number(),
  genericCount: v.number(),
});
const ProspectsPageSchema = v.object({
  prospects: v.array(ProspectSchema),
  total: v.number(),
  page: v.number(),
  hasNext: v.boolean(),
});
const EmailsPageSchema = v.object({
  emails: v.array(v.string()),
  total: v.number(),
  next: v.nullable(v.string()),
});

async function connected<T>(
  services: Services,
  work: (api: NonNullable<Awaited<ReturnType<Services['api']>>>) => Promise<Result<T, ApiError>>,
) {
  const api = await services.api();
  return api ? work(api) : err<ApiError>({ kind: 'not-connected' });
}

/** Company info for a domain. */
export async function companyInfo(
  services: Services,
  rawDomain: string,
): Promise<Result<CompanyView, ApiError>> {
  const domain = validateDomain(rawDomain);
  if (!domain.ok) return domain;
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'company' as const,
    key: domain.value,
    schema: CompanyViewSchema,
  };
  return cached(call, () =>
    connected(services, async (api) => {
      const info = await runKeyedTask(services, `company:${domain.value}`, api.companyInfo, domain.value);
      if (!info.ok) return info;
      const { company, counts } = info.value;
      return ok(
        compact({
          domain: domain.value,
          name: company?.company_name ?? undefined,
          industry: company?.industry ?? undefined,
          size: company?.size ?? undefined,
          city: company?.city ?? undefined,
          founded: company?.founded ?? undefined,
          phone: company?.hq_phone ?? undefined,
          relatedDomains: company?.related_domains ?? [],
          prospectsCount: counts.prospects_count,
          emailsCount: counts.emails_count,
          genericCount: counts.generic_contacts_count,
        }),
      );
    }),
  );
}

function toProspect(domain: string, row: DomainProspects['prospects'][number]): Prospect {
  const name = `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim();
  return compact({
    key: `hash:${row.prospectHash}`,
    name: (name || 'Unknown').slice(0, 200),
    firstName: row.first_name?.slice(0, 100) ?? undefined,
    lastName: row.last_name?.slice(0, 100) ?? undefined,
    position: row.position?.slice(0, 300) ?? undefined,
    companyDomain: domain,
    linkedinUrl:
      row.source_page?.includes('linkedin.com') === true ? row.source_page.slice(0, 2048) : undefined,
    prospectHash: row.prospectHash.slice(0, 200),
    emails: [],
  });
}

/** One page of a domain's prospects, optionally filtered by positions. */
export async function domainProspects(
  services: Services,
  input: { domain: string; positions: readonly string[]; page: number },
): Promise<Result<DomainProspectsPage, ApiError>> {
  const domain = validateDomain(input.domain);
  if (!domain.ok) return domain;
  const positions = [...new Set(input.positions.map((position) => position.trim()).filter(Boolean))].sort();
  const key = `${domain.value}|${positions.join(',').toLowerCase()}|${input.page}`;
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'domain-prospects' as const,
    key,
    schema: ProspectsPageSchema,
  };
  return cached(call, () =>
    connected(services, async (api) => {
      const found = await runKeyedTask(services, `prospects:${key}`, api.domainProspects, {
        domain: domain.value,
        page: input.page,
        positions,
      });
      if (!found.ok) return found;
      const { prospects, totalCount, page, nextPage } = found.value;
      return ok({
        prospects: prospects.map((row) => toProspect(domain.value, row)),
        total: totalCount,
        page,
        hasNext: nextPage !== undefined,
      });
    }),
  );
}

/** One page of a domain's e-mails (`all`) or generic contacts (`generic`). */
export async function domainEmails(
  services: Services,
  input: { domain: string; kind: 'all' | 'generic'; cursor?: string | undefined },
): Promise<Result<DomainEmailsPage, ApiError>> {
  const domain = validateDomain(input.domain);
  if (!domain.ok) return domain;
  const key = `${domain.value}|${input.kind}|${input.cursor ?? ''}`;
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'domain-emails' as const,
    key,
    schema: EmailsPageSchema,
  };
  return cached(call, () =>
    connected(services, async (api) => {
      const request = compact({ domain: domain.value, next: input.cursor });
      const family = input.kind === 'generic' ? api.genericContacts : api.domainEmails;
      const found = await runKeyedTask(services, `emails:${key}`, family, request);
      if (!found.ok) return found;
      return ok({
        emails: found.value.emails,
        total: found.value.totalCount,
        next: found.value.next ?? null,
      });
    }),
  );
}

/** Reveals a domain prospect's e-mails (1 credit per prospect with an e-mail). */
export async function revealProspectEmails(
  services: Services,
  prospectHash: string,
): Promise<Result<EmailInfo[], ApiError>> {
  const hash = prospectHash.trim();
  if (!/^[\w-]{6,200}$/.test(hash))
    return err({
      kind: 'invalid-input',
      field: 'prospectHash',
      message: 'This prospect cannot be revealed.',
    });
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'reveal' as const,
    key: hash,
    schema: v.array(EmailInfoSchema),
  };
  return cached(call, () =>
    connected(services, async (api) => {
      const found = await runKeyedTask(services, `reveal:${hash}`, api.prospectEmails, hash);
      if (!found.ok) return found;
      return ok(found.value.emails.map((email) => toEmailInfo(email.email, email)));
    }),
  );
}
