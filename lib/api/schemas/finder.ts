/** Schemas for enrichment and the e-mail finder (REFERENCE.md §7). */
import * as v from 'valibot';
import { DateStringSchema, IdSchema, LowercaseSchema, listOf } from './common';
import { taskResultSchema } from './tasks';

const Text = v.nullish(v.pipe(v.union([v.string(), v.number()]), v.transform(String)));
const Flag = v.nullish(v.boolean());

/** Company-domain-by-name result; not-found rows (`result: []` or no domain) get `domain: undefined`. */
export const CompanyDomainsSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: listOf(
        v.object({
          name: v.string(),
          // Assumption: an unknown company is `result: []` or lacks `domain` (REFERENCE.md §7, undocumented).
          result: v.nullish(v.union([v.array(v.unknown()), v.object({ domain: v.nullish(v.string()) })])),
        }),
      ),
    }),
    v.transform(({ data }) =>
      data.map(({ name, result }) => {
        const domain = result && !Array.isArray(result) ? result.domain?.trim() : undefined;
        return { name, domain: domain === '' ? undefined : domain };
      }),
    ),
  ),
);
/** Domains found per company name, in the server's order. */
export type CompanyDomains = Extract<v.InferOutput<typeof CompanyDomainsSchema>, { done: true }>['value'];

const FinderEmailSchema = v.object({
  email: v.string(),
  smtp_status: v.optional(LowercaseSchema, 'unknown'),
  is_valid_format: Flag,
  is_disposable: Flag,
  is_webmail: Flag,
  is_gibberish: Flag,
  unknown_status_reason: v.nullish(LowercaseSchema),
});
/** One e-mail found by the finder. */
export type FinderEmail = v.InferOutput<typeof FinderEmailSchema>;

/** Emails-by-domain-by-name result: one row per input row, `people` = full name, matched by index. */
export const EmailsByNameSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: listOf(
        v.object({
          people: v.optional(v.string(), ''),
          // Assumption: nothing found is `result: []` (REFERENCE.md §7).
          result: listOf(FinderEmailSchema),
        }),
      ),
    }),
    v.transform(({ data }) => data),
  ),
);
/** Finder rows. */
export type EmailsByName = Extract<v.InferOutput<typeof EmailsByNameSchema>, { done: true }>['value'];

const PositionSchema = v.object({
  name: Text,
  title: Text,
  linkedin_url: Text,
  url: Text,
  industry: Text,
  country: Text,
  location: Text,
  specializations: listOf(v.string()),
});

const LinkedInProfileSchema = v.object({
  name: Text,
  first_name: Text,
  last_name: Text,
  industry: Text,
  location: Text,
  country: Text,
  skills: listOf(v.string()),
  positions: listOf(PositionSchema),
});
/** A resolved LinkedIn profile. */
export type LinkedInProfile = v.InferOutput<typeof LinkedInProfileSchema>;

/** LinkedIn-profiles-by-URLs result; `result: []` (unresolved profile) → `profile: undefined`. */
export const LinkedInProfilesSchema = taskResultSchema(
  v.pipe(
    v.object({
      data: listOf(
        v.object({
          url: v.string(),
          result: v.nullish(v.union([v.pipe(v.array(v.unknown()), v.length(0)), LinkedInProfileSchema])),
        }),
      ),
    }),
    v.transform(({ data }) =>
      data.map(({ url, result }) => ({
        url,
        profile: result && !Array.isArray(result) ? result : undefined,
      })),
    ),
  ),
);
/** Profiles per URL, in the server's order. */
export type LinkedInProfiles = Extract<v.InferOutput<typeof LinkedInProfilesSchema>, { done: true }>['value'];

/** A job in v1 camelCase profiles (get-profile-by-email, prospects). */
export const JobSchema = v.object({
  companyName: Text,
  position: Text,
  socialLink: Text,
  site: Text,
  locality: Text,
  country: Text,
  industry: Text,
  size: Text,
  startDate: Text,
  endDate: Text,
});

/** `{ link, type }` social profile entries. */
export const SocialSchema = v.object({ link: v.string(), type: v.optional(LowercaseSchema, 'other') });

/** `POST /v1/get-profile-by-email`; no `id` (or `success: false`) means nothing found. */
export const ProfileByEmailSchema = v.pipe(
  v.object({
    id: v.nullish(IdSchema),
    source: Text,
    name: Text,
    firstName: Text,
    lastName: Text,
    logo: Text,
    industry: Text,
    country: Text,
    locality: Text,
    social: listOf(SocialSchema),
    currentJobs: listOf(JobSchema),
    previousJobs: listOf(JobSchema),
    lastUpdateDate: v.nullish(DateStringSchema),
  }),
  v.transform((body) => (body.id === undefined || body.id === null ? undefined : { ...body, id: body.id })),
);
/** A profile found by e-mail, or `undefined`. */
export type ProfileByEmail = v.InferOutput<typeof ProfileByEmailSchema>;
