/** Schemas for domain search results (REFERENCE.md §5). */
import * as v from 'valibot';
import {
  DateStringSchema,
  LinksSchema,
  LowercaseSchema,
  NumberishSchema,
  emptyArrayAsUndefined,
  listOf,
} from './common';
import { taskResultSchema } from './tasks';

const Text = v.nullish(v.pipe(v.union([v.string(), v.number()]), v.transform(String)));

/** The last path segment of an API URL such as `search_emails_start` (the prospect hash). */
export function lastPathSegment(url: string): string | undefined {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

/** A query parameter of a `links.*` URL, or undefined for `""` / unparsable URLs. */
export function linkParam(url: string | undefined, name: string): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  try {
    return nonEmpty(new URL(url).searchParams.get(name));
  } catch {
    return undefined;
  }
}

const CompanySchema = v.object({
  company_name: Text,
  city: Text,
  founded: Text,
  website: Text,
  hq_phone: Text,
  industry: Text,
  size: Text,
  related_domains: listOf(v.string()),
});

/** Company info for a domain (`GET /v2/domain-search/result/{task_hash}`). */
export const CompanyInfoSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: emptyArrayAsUndefined(CompanySchema),
      meta: v.object({
        domain: v.string(),
        prospects_count: v.optional(NumberishSchema, 0),
        emails_count: v.optional(NumberishSchema, 0),
        generic_contacts_count: v.optional(NumberishSchema, 0),
      }),
    }),
    v.transform(({ data, meta }) => ({ domain: meta.domain, company: data, counts: meta })),
  ),
);
/** Company info. */
export type CompanyInfo = Extract<v.InferOutput<typeof CompanyInfoSchema>, { done: true }>['value'];

const DomainProspectSchema = v.pipe(
  v.object({
    first_name: Text,
    last_name: Text,
    position: Text,
    source_page: Text,
    search_emails_start: v.string(),
  }),
  v.transform((p) => ({ ...p, prospectHash: lastPathSegment(p.search_emails_start) ?? '' })),
);

/** One page of prospects (`GET /v2/domain-search/prospects/result/{task_hash}`), 20 per page. */
export const DomainProspectsSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: listOf(DomainProspectSchema),
      meta: v.object({ page: v.optional(NumberishSchema, 1), total_count: v.optional(NumberishSchema, 0) }),
      links: v.optional(LinksSchema, {}),
    }),
    v.transform(({ data, meta, links }) => {
      const next = links['next'];
      // Assumption: links.next is a prospects/start URL with page=n+1 (REFERENCE.md §5, form not shown).
      const nextPage = next ? Number(linkParam(next, 'page') ?? meta.page + 1) : undefined;
      return { prospects: data, page: meta.page, totalCount: meta.total_count, nextPage };
    }),
  ),
);
/** A page of domain prospects. */
export type DomainProspects = Extract<v.InferOutput<typeof DomainProspectsSchema>, { done: true }>['value'];

const FoundEmailSchema = v.object({ email: v.string(), smtp_status: v.optional(LowercaseSchema, 'unknown') });

/** E-mails of one prospect (search-emails result, domain and database families). */
export const FoundEmailsSchema = v.object({
  searching_date: v.nullish(DateStringSchema),
  first_name: Text,
  last_name: Text,
  linkedin_url: Text,
  emails: listOf(FoundEmailSchema),
});

/** `GET .../prospects/search-emails/result/{task_hash}`; an empty `data: []` means nothing found. */
export const ProspectEmailsSchema = taskResultSchema(
  v.pipe(
    v.object({ data: emptyArrayAsUndefined(FoundEmailsSchema) }),
    v.transform(({ data }) => data ?? { emails: [] }),
  ),
);
/** A prospect's found e-mails. */
export type ProspectEmails = Extract<v.InferOutput<typeof ProspectEmailsSchema>, { done: true }>['value'];

/** Domain e-mails or generic contacts, 50 per page, with the `next` cursor (`meta.next`). */
export const DomainEmailsSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: listOf(v.object({ email: v.string() })),
      meta: v.object({ next: v.nullish(v.string()), total_count: v.optional(NumberishSchema, 0) }),
      links: v.optional(LinksSchema, {}),
    }),
    v.transform(({ data, meta, links }) => ({
      emails: data.map((row) => row.email),
      totalCount: meta.total_count,
      next: nonEmpty(meta.next) ?? linkParam(links['next'], 'next'),
    })),
  ),
);
/** A page of domain e-mails. */
export type DomainEmails = Extract<v.InferOutput<typeof DomainEmailsSchema>, { done: true }>['value'];

/** `POST /v1/get-domain-emails-count`. */
export const DomainEmailsCountSchema = v.pipe(
  v.object({
    domain: v.optional(v.string()),
    webmail: v.optional(v.boolean(), false),
    result: NumberishSchema,
  }),
  v.transform((body) => ({ isWebmail: body.webmail, count: body.result })),
);
/** How many e-mails Snov.io knows for a domain. */
export type DomainEmailsCount = v.InferOutput<typeof DomainEmailsCountSchema>;
