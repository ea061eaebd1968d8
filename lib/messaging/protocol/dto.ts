/**
 * The data shapes that cross contexts (content ⇄ background ⇄ UI). These are Prospector's own
 * shapes, mapped from API responses in the background, so UI code never depends on Snov.io's
 * envelope zoo. Schemas bound every string and array: a hostile page cannot make the background
 * hold megabytes.
 */
import * as v from 'valibot';

/** A bounded string. */
export function text(
  max: number,
): v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, number, undefined>]> {
  return v.pipe(v.string(), v.maxLength(max));
}
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((value) => /^https?:\/\//i.test(value), 'Only http(s) URLs are accepted'),
);
export const EmailSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email());
export const DomainSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, 'Enter a domain like acme.com'),
);

/** A person seen on a page (LinkedIn profile, search result, or a link). */
export const PersonRefSchema = v.strictObject({
  /** Canonical LinkedIn URL (https://www.linkedin.com/in/slug) or Sales Navigator lead URL. */
  url: HttpUrlSchema,
  name: v.optional(text(200)),
  headline: v.optional(text(300)),
  company: v.optional(text(200)),
  location: v.optional(text(200)),
});
export type PersonRef = v.InferOutput<typeof PersonRefSchema>;

/** What a verification says about one address, in the UI's vocabulary. */
export const EmailStatusSchema = v.picklist(['valid', 'not_valid', 'unknown', 'unverified']);
export type EmailStatus = v.InferOutput<typeof EmailStatusSchema>;
export const UnknownReasonSchema = v.picklist([
  'banned',
  'catchall',
  'connection_error',
  'greylist',
  'hidden_by_owner',
]);
export type UnknownReason = v.InferOutput<typeof UnknownReasonSchema>;

export const EmailInfoSchema = v.object({
  email: text(254),
  status: EmailStatusSchema,
  reason: v.optional(UnknownReasonSchema),
  isWebmail: v.optional(v.boolean()),
  isDisposable: v.optional(v.boolean()),
  verifiedAt: v.optional(v.number()),
});
export type EmailInfo = v.InferOutput<typeof EmailInfoSchema>;

export const PositionSchema = v.object({
  title: v.optional(text(300)),
  company: v.optional(text(200)),
  companyUrl: v.optional(text(2048)),
  companyLinkedIn: v.optional(text(2048)),
});

/** A prospect as the UI shows and saves it: from enrichment, domain search or the page. */
export const ProspectSchema = v.object({
  /** Stable key: canonical LinkedIn key, or `email:<address>`, or `hash:<prospect_hash>`. */
  key: text(2100),
  name: text(200),
  firstName: v.optional(text(100)),
  lastName: v.optional(text(100)),
  position: v.optional(text(300)),
  company: v.optional(text(200)),
  companyDomain: v.optional(text(253)),
  location: v.optional(text(200)),
  country: v.optional(text(100)),
  linkedinUrl: v.optional(text(2048)),
  /** Domain-search prospects: the hash to reveal their e-mail (costs a credit if found). */
  prospectHash: v.optional(text(200)),
  emails: v.array(EmailInfoSchema),
  positions: v.optional(v.array(PositionSchema)),
  customFields: v.optional(v.record(text(100), text(1000))),
});
export type Prospect = v.InferOutput<typeof ProspectSchema>;

/** One candidate for "the company of this page", with why we think so. */
export const DomainCandidateSchema = v.object({
  domain: text(253),
  score: v.number(),
  evidence: v.array(v.object({ kind: text(40), value: text(500) })),
  hostedPlatform: v.optional(v.boolean()),
});
export type DomainCandidate = v.InferOutput<typeof DomainCandidateSchema>;

export const FoundEmailSchema = v.object({
  email: text(254),
  source: text(40),
  isFreeMail: v.optional(v.boolean()),
  isDisposable: v.optional(v.boolean()),
});
export type FoundEmail = v.InferOutput<typeof FoundEmailSchema>;

export const PageKindSchema = v.picklist([
  'linkedin-profile',
  'linkedin-search',
  'linkedin-company',
  'linkedin-other',
  'company-site',
  'unsupported',
]);
export type PageKind = v.InferOutput<typeof PageKindSchema>;

/** Everything known about one tab's page. */
export const TabContextSchema = v.object({
  tabId: v.number(),
  url: text(2048),
  kind: PageKindSchema,
  people: v.array(PersonRefSchema),
  candidates: v.array(DomainCandidateSchema),
  /** The user's pick for this site, else the best candidate. */
  domain: v.nullable(text(253)),
  emails: v.array(FoundEmailSchema),
  companyLinkedIn: v.optional(text(2048)),
  updatedAt: v.number(),
});
export type TabContext = v.InferOutput<typeof TabContextSchema>;

export const JobKindSchema = v.picklist(['enrich', 'verify', 'find-email', 'add-to-list']);
export type JobKind = v.InferOutput<typeof JobKindSchema>;
export const JobStatusSchema = v.picklist(['queued', 'running', 'waiting', 'done', 'failed', 'cancelled']);
export type JobStatus = v.InferOutput<typeof JobStatusSchema>;

/** A unit of user work, persisted by the background and watched by the UI for progress. */
export interface JobView {
  readonly id: string;
  readonly kind: JobKind;
  readonly status: JobStatus;
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  /** Why the job waits or failed, in the ApiError vocabulary. */
  readonly errorKind?: string;
  readonly retryAt?: number;
  readonly label: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const SnovListSchema = v.object({ id: v.number(), name: text(300), contacts: v.number() });
export type SnovList = v.InferOutput<typeof SnovListSchema>;
export const SnovCampaignSchema = v.object({
  id: v.number(),
  name: text(300),
  listId: v.nullable(v.number()),
  status: text(40),
});
export type SnovCampaign = v.InferOutput<typeof SnovCampaignSchema>;

/** Company info from domain search. */
export interface CompanyView {
  readonly domain: string;
  readonly name?: string;
  readonly industry?: string;
  readonly size?: string;
  readonly city?: string;
  readonly founded?: string;
  readonly phone?: string;
  readonly relatedDomains: readonly string[];
  readonly prospectsCount: number;
  readonly emailsCount: number;
  readonly genericCount: number;
}

/** Storage keys the background writes and UI surfaces watch (`storage.watch(key, …)`). */
export const JOBS_STORAGE_KEY = 'local:jobs';
/** The focused profile for the side panel, set by "Enrich this profile" (`PanelFocus`). */
export const PANEL_FOCUS_STORAGE_KEY = 'session:panel-focus';
/** The key of one tab's {@link TabContext} in `storage.session`. */
export function tabContextStorageKey(tabId: number): `session:tab-context:${number}` {
  return `session:tab-context:${tabId}`;
}

/** What the side panel should show after a context-menu or shortcut enrich. */
export const PanelFocusSchema = v.object({
  person: PersonRefSchema,
  tabId: v.number(),
  key: text(2100),
  jobId: v.optional(text(64)),
  at: v.number(),
});
export type PanelFocus = v.InferOutput<typeof PanelFocusSchema>;
