/** Schemas for database search (REFERENCE.md §6). */
import * as v from 'valibot';
import { IntIdSchema, NumberishSchema, emptyArrayAsUndefined, listOf } from './common';
import { lastPathSegment } from './domain-search';
import { taskResultSchema } from './tasks';

const Text = v.nullish(v.pipe(v.union([v.string(), v.number()]), v.transform(String)));

const CompanyBriefSchema = v.object({ name: Text, domain: Text, location: Text, industry: Text, size: Text });

const DatabaseProspectSchema = v.pipe(
  v.object({
    first_name: Text,
    last_name: Text,
    job_title: Text,
    location: Text,
    linkedin_url: Text,
    industry: Text,
    list_id: v.nullish(IntIdSchema),
    email_and_hidden_info_reveal: v.string(),
    company: v.nullish(CompanyBriefSchema),
  }),
  // The reveal URL ends with the hash that search-emails/start/{task_hash} takes.
  v.transform((p) => ({ ...p, revealHash: lastPathSegment(p.email_and_hidden_info_reveal) ?? '' })),
);

const PageSchema = {
  total: v.optional(NumberishSchema, 0),
  page: v.optional(NumberishSchema, 1),
  total_pages: v.optional(NumberishSchema, 0),
};

/** `GET /v2/database-search/prospects/result/{task_hash}` (last names and LinkedIn URLs masked). */
export const DatabaseProspectsSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: emptyArrayAsUndefined(v.object({ ...PageSchema, prospects: listOf(DatabaseProspectSchema) })),
    }),
    v.transform(({ data }) => data ?? { total: 0, page: 1, total_pages: 0, prospects: [] }),
  ),
);
/** A page of database prospects. */
export type DatabaseProspects = Extract<
  v.InferOutput<typeof DatabaseProspectsSchema>,
  { done: true }
>['value'];

const CompanySchema = v.object({
  ...CompanyBriefSchema.entries,
  revenue: v.nullish(
    v.object({
      min: v.nullish(NumberishSchema),
      max: v.nullish(NumberishSchema),
      reported: v.nullish(NumberishSchema),
    }),
  ),
  logo_url: Text,
});

/** `GET /v2/database-search/companies/result/{task_hash}`. */
export const DatabaseCompaniesSchema = taskResultSchema(
  v.pipe(
    v.object({ data: emptyArrayAsUndefined(v.object({ ...PageSchema, companies: listOf(CompanySchema) })) }),
    v.transform(({ data }) => data ?? { total: 0, page: 1, total_pages: 0, companies: [] }),
  ),
);
/** A page of database companies. */
export type DatabaseCompanies = Extract<
  v.InferOutput<typeof DatabaseCompaniesSchema>,
  { done: true }
>['value'];
