/**
 * The slice of the Snov.io client the background's use cases need, in one narrow interface (a
 * port). Use cases and the queue depend on this, not on the client's module layout, so unit tests
 * use a small fake and `snov-adapter.ts` maps the real client onto it in one place.
 */
import type { ApiError } from '../errors';
import type { SnovCampaign, SnovList } from '../messaging/protocol/dto';
import type { Result } from '../result';
import type {
  CompanyInfo,
  DomainEmails,
  DomainProspects,
  ProspectEmails,
} from '../api/schemas/domain-search';
import type { EmailsByName, LinkedInProfiles } from '../api/schemas/finder';
import type { TaskPoll } from '../api/schemas/tasks';
import type { VerificationRows } from '../api/schemas/verifier';

export type { TaskPoll } from '../api/schemas/tasks';

/** An API answer: a value or an expected failure. */
export type ApiResult<T> = Promise<Result<T, ApiError>>;

/** An async task family: start it once, then poll its result by hash (REFERENCE.md §2.2). */
export interface TaskFamily<I, T> {
  start(input: I, signal?: AbortSignal): ApiResult<{ readonly taskHash: string }>;
  result(taskHash: string, signal?: AbortSignal): ApiResult<TaskPoll<T>>;
}

/** One finder row: a person's name and the company domain. */
export interface NameRow {
  readonly firstName: string;
  readonly lastName: string;
  readonly domain: string;
}

/** A cursor-paged domain search request. */
export interface DomainPage {
  readonly domain: string;
  readonly next?: string;
}

/** A prospect to add to a list, in add-prospect-to-list's vocabulary. */
export interface AddProspectRequest {
  readonly listId: number;
  readonly email?: string;
  readonly fullName?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly position?: string;
  readonly companyName?: string;
  readonly companySite?: string;
  readonly country?: string;
  readonly locality?: string;
  readonly phones?: readonly string[];
  readonly socialLinks?: Readonly<Record<string, string>>;
  readonly customFields?: Readonly<Record<string, string>>;
  /** Update the prospect if the account already has it (and so put it in this list too). */
  readonly updateContact?: boolean;
}

/** Everything the background calls on the API. */
export interface ProspectingApi {
  readonly linkedinProfiles: TaskFamily<readonly string[], LinkedInProfiles>;
  readonly verifyEmails: TaskFamily<readonly string[], VerificationRows>;
  readonly emailsByName: TaskFamily<readonly NameRow[], EmailsByName>;
  readonly companyInfo: TaskFamily<string, CompanyInfo>;
  readonly domainProspects: TaskFamily<
    { readonly domain: string; readonly page: number; readonly positions: readonly string[] },
    DomainProspects
  >;
  readonly domainEmails: TaskFamily<DomainPage, DomainEmails>;
  /** Role addresses (info@, sales@): same shape, its own result route. */
  readonly genericContacts: TaskFamily<DomainPage, DomainEmails>;
  readonly prospectEmails: TaskFamily<string, ProspectEmails>;
  userLists(): ApiResult<readonly SnovList[]>;
  createList(name: string): ApiResult<SnovList>;
  userCampaigns(): ApiResult<readonly SnovCampaign[]>;
  addProspectToList(
    request: AddProspectRequest,
  ): ApiResult<{ readonly isAdded: boolean; readonly isUpdated: boolean }>;
  /** The ids of the lists holding a prospect with this e-mail. */
  listsOfEmail(email: string): ApiResult<readonly number[]>;
}

/** Gets the API for the current credentials, or null when not connected. */
export type ApiProvider = () => Promise<ProspectingApi | null>;
