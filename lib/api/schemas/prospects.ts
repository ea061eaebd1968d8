/** Schemas for prospects and lists (REFERENCE.md §9). */
import * as v from 'valibot';
import { AnyDateSchema, IdSchema, IntIdSchema, LowercaseSchema, NumberishSchema, listOf } from './common';
import { JobSchema, SocialSchema } from './finder';

const Text = v.nullish(v.pipe(v.union([v.string(), v.number()]), v.transform(String)));

/** `POST /v1/add-prospect-to-list` → `{ id, added, updated }`. */
export const AddProspectSchema = v.pipe(
  v.object({
    id: v.nullish(IdSchema),
    added: v.optional(v.boolean(), false),
    updated: v.optional(v.boolean(), false),
  }),
  v.transform((body) => ({ id: body.id ?? undefined, isAdded: body.added, isUpdated: body.updated })),
);
/** Outcome of adding a prospect. */
export type AddProspectResult = v.InferOutput<typeof AddProspectSchema>;

/** A stored prospect (get-prospect-by-id / get-prospects-by-email). */
export const ProspectSchema = v.pipe(
  v.object({
    id: IdSchema,
    name: Text,
    firstName: Text,
    lastName: Text,
    industry: Text,
    country: Text,
    locality: Text,
    social: listOf(SocialSchema),
    lastUpdateDate: v.nullish(AnyDateSchema),
    // The doc table says currentJobs/previousJobs, the JSON currentJob/previousJob: accept both (§9).
    currentJob: listOf(JobSchema),
    currentJobs: listOf(JobSchema),
    previousJob: listOf(JobSchema),
    previousJobs: listOf(JobSchema),
    lists: listOf(v.object({ id: IntIdSchema, name: Text })),
    // Item fields are undocumented (§19): kept opaque.
    campaigns: listOf(v.unknown()),
  }),
  v.transform(({ currentJob, currentJobs, previousJob, previousJobs, ...rest }) => ({
    ...rest,
    currentJobs: [...currentJob, ...currentJobs],
    previousJobs: [...previousJob, ...previousJobs],
  })),
);
/** A stored prospect. */
export type Prospect = v.InferOutput<typeof ProspectSchema>;

/** `POST /v1/get-prospect-by-id` → the prospect. */
export const ProspectByIdSchema = v.pipe(
  v.object({ data: ProspectSchema }),
  v.transform(({ data }) => data),
);

/** `POST /v1/get-prospects-by-email` → every prospect with that e-mail, across lists. */
export const ProspectsByEmailSchema = v.pipe(
  v.object({ data: listOf(ProspectSchema) }),
  v.transform(({ data }) => data),
);

/** `GET /v1/prospect-custom-fields` (bare array). */
export const CustomFieldsSchema = v.array(
  v.object({
    key: v.optional(v.string()),
    label: v.string(),
    required: v.optional(v.boolean(), false),
    type: v.optional(LowercaseSchema, 'string'),
  }),
);
/** Custom field definitions. */
export type CustomFields = v.InferOutput<typeof CustomFieldsSchema>;

/** `GET /v1/get-user-lists` (bare array, deleted lists included; the endpoint filters them). */
export const UserListsSchema = v.array(
  v.object({
    id: IntIdSchema,
    name: v.string(),
    contacts: v.optional(NumberishSchema, 0),
    isDeleted: v.optional(v.boolean(), false),
    creationDate: v.nullish(AnyDateSchema),
  }),
);
/** Prospect lists. */
export type UserLists = v.InferOutput<typeof UserListsSchema>;

const ListEmailSchema = v.object({
  email: v.string(),
  probability: v.nullish(NumberishSchema),
  isVerified: v.nullish(v.boolean()),
  // Numeric code whose mapping is undocumented (§19): shown raw.
  smtpStatus: v.nullish(NumberishSchema),
});

/** `POST /v1/prospect-list` → list header (`contacts` = total, for paging) and one page of prospects. */
export const ProspectsInListSchema = v.object({
  list: v.object({
    name: Text,
    contacts: v.optional(NumberishSchema, 0),
    creationDate: v.nullish(AnyDateSchema),
  }),
  prospects: listOf(
    v.object({ id: IdSchema, name: Text, firstName: Text, lastName: Text, emails: listOf(ListEmailSchema) }),
  ),
});
/** A page of a list. */
export type ProspectsInList = v.InferOutput<typeof ProspectsInListSchema>;

/** `POST /v1/lists` → `[ { success, data: { id } } ]` (an array wrapping one object). */
export const CreateListSchema = v.pipe(
  v.union([
    v.pipe(
      v.tuple([v.object({ data: v.object({ id: IntIdSchema }) })]),
      v.transform(([first]) => first),
    ),
    v.object({ data: v.object({ id: IntIdSchema }) }),
  ]),
  v.transform((body) => ({ id: body.data.id })),
);
/** A created list. */
export type CreatedList = v.InferOutput<typeof CreateListSchema>;
