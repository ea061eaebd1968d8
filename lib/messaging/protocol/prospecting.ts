import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { message } from '../define';
import { DomainSchema, EmailSchema, HttpUrlSchema, text } from './dto';
import type { CompanyView, EmailInfo, JobView, Prospect, SnovCampaign, SnovList } from './dto';

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter a name'), v.maxLength(100));
const JobIdSchema = v.strictObject({ jobId: text(64) });

/** A prospect to save: needs an e-mail or a LinkedIn URL (add-prospect-to-list's rule). */
export const ProspectInputSchema = v.pipe(
  v.strictObject({
    key: text(2100),
    email: v.optional(EmailSchema),
    linkedinUrl: v.optional(HttpUrlSchema),
    firstName: v.optional(text(100)),
    lastName: v.optional(text(100)),
    name: v.optional(text(200)),
    position: v.optional(text(300)),
    company: v.optional(text(200)),
    companyDomain: v.optional(text(253)),
    country: v.optional(text(100)),
    locality: v.optional(text(200)),
    phones: v.optional(v.pipe(v.array(text(40)), v.maxLength(10))),
    customFields: v.optional(v.record(text(100), text(1000))),
  }),
  v.check((p) => Boolean(p.email ?? p.linkedinUrl), 'A prospect needs an e-mail or a LinkedIn URL'),
);
export type ProspectInput = v.InferOutput<typeof ProspectInputSchema>;

/** How one profile's enrichment stands. */
export type ProfileEntry =
  | { readonly status: 'pending' }
  | { readonly status: 'done'; readonly prospect: Prospect }
  | { readonly status: 'not-found' }
  | { readonly status: 'failed'; readonly error: ApiError };

/** Whether a prospect is already in a list (so it is not re-added). */
export type Membership = 'in-list' | 'not-in-list' | 'saving' | 'failed';

export interface DomainProspectsPage {
  readonly prospects: readonly Prospect[];
  readonly total: number;
  readonly page: number;
  readonly hasNext: boolean;
}

export interface DomainEmailsPage {
  readonly emails: readonly string[];
  readonly total: number;
  readonly next: string | null;
}

const page = ['extension-page'] as const;

export const prospectingMessages = {
  // Enrichment (queued, persisted; results in the cache)
  enrichProfiles: message<Result<{ jobId: string }, ApiError>>()(
    v.strictObject({ urls: v.pipe(v.array(text(2048)), v.minLength(1), v.maxLength(500)) }),
    page,
  ),
  getProfiles: message<Readonly<Record<string, ProfileEntry>>>()(
    v.strictObject({ urls: v.pipe(v.array(text(2048)), v.maxLength(2000)) }),
    page,
  ),
  findEmail: message<Result<Prospect, ApiError>>()(
    v.strictObject({ firstName: NameSchema, lastName: NameSchema, domain: DomainSchema }),
    page,
  ),

  // Verification (queued; 10 per call)
  verifyEmails: message<Result<{ jobId: string }, ApiError>>()(
    v.strictObject({ emails: v.pipe(v.array(text(254)), v.minLength(1), v.maxLength(1000)) }),
    page,
  ),
  getVerifications: message<Readonly<Record<string, EmailInfo | null>>>()(
    v.strictObject({ emails: v.pipe(v.array(text(254)), v.maxLength(2000)) }),
    page,
  ),

  // Domain search (cached, single-flight)
  companyInfo: message<Result<CompanyView, ApiError>>()(v.strictObject({ domain: DomainSchema }), page),
  domainProspects: message<Result<DomainProspectsPage, ApiError>>()(
    v.strictObject({
      domain: DomainSchema,
      positions: v.pipe(
        v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))),
        v.maxLength(10),
      ),
      page: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
    }),
    page,
  ),
  domainEmails: message<Result<DomainEmailsPage, ApiError>>()(
    v.strictObject({
      domain: DomainSchema,
      kind: v.picklist(['all', 'generic']),
      cursor: v.optional(text(500)),
    }),
    page,
  ),
  revealProspectEmails: message<Result<readonly EmailInfo[], ApiError>>()(
    v.strictObject({ prospectHash: text(200) }),
    page,
  ),

  // Lists and campaigns
  getLists: message<Result<readonly SnovList[], ApiError>>()(
    v.optional(v.strictObject({ refresh: v.optional(v.boolean()) })),
    page,
  ),
  createList: message<Result<SnovList, ApiError>>()(
    v.strictObject({ name: v.pipe(v.string(), v.trim(), v.minLength(1, 'Name the list'), v.maxLength(200)) }),
    page,
  ),
  getCampaigns: message<Result<readonly SnovCampaign[], ApiError>>()(
    v.optional(v.strictObject({ refresh: v.optional(v.boolean()) })),
    page,
  ),
  addToList: message<Result<{ jobId: string; skipped: readonly string[] }, ApiError>>()(
    v.strictObject({
      listId: v.pipe(v.number(), v.integer(), v.minValue(1)),
      prospects: v.pipe(v.array(ProspectInputSchema), v.minLength(1), v.maxLength(500)),
    }),
    page,
  ),
  getMembership: message<Readonly<Record<string, Membership>>>()(
    v.strictObject({
      listId: v.pipe(v.number(), v.integer(), v.minValue(1)),
      keys: v.pipe(v.array(text(2100)), v.maxLength(2000)),
    }),
    page,
  ),

  // Jobs (also pushed through storage: jobsItem)
  getJobs: message<readonly JobView[]>()(v.undefined(), page),
  cancelJob: message<Result<null, ApiError>>()(JobIdSchema, page),
  retryJob: message<Result<null, ApiError>>()(JobIdSchema, page),
  clearCache: message<Result<{ removed: number }, ApiError>>()(v.undefined(), page),
};

/** The names of the prospecting messages. */
export type ProspectingMessageName = keyof typeof prospectingMessages;
