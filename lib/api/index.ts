/** Public API of the Snov.io client (what the background imports). */
export { createSnovClient, DEFAULT_BASE_URL } from './client';
export type { SnovClient, SnovClientDeps } from './client';
export type { Credentials } from './endpoints/auth';
export type { StoredToken, TokenStore } from './auth';
export type { TransportEvent, RetryReason } from './transport';
export type { RateLimiter } from './rate-limit';
export { createRateLimiter } from './rate-limit';
export type { ItemOutcome } from './batch';
export type {
  BatchKind,
  InputOf,
  NormalisedOf,
  OutputOf,
  OperationOptions,
  StartedBatch,
} from './operations';
export type { TaskKind, TaskValueOf } from './endpoints/task-results';
export type { CallOptions } from './endpoints/call';
export type { AddProspectInput } from './endpoints/add-prospect';
export type { ProspectsInListInput } from './endpoints/prospects';
export type { DomainPageInput } from './endpoints/domain-emails';
export type { DomainProspectsInput } from './endpoints/domain-search';
export type { DatabaseSearchInput } from './endpoints/database-search';
export type { FinderRow } from './validate';
export { validateDomain, validateEmail, validateLinkedInProfileUrl } from './validate';
export type { Balance } from './schemas/balance';
export type {
  CompanyInfo,
  DomainEmails,
  DomainEmailsCount,
  DomainProspects,
  ProspectEmails,
} from './schemas/domain-search';
export type { DatabaseCompanies, DatabaseProspects } from './schemas/database-search';
export type { FinderEmail, LinkedInProfile, ProfileByEmail } from './schemas/finder';
export type { Verification } from './schemas/verifier';
export type {
  AddProspectResult,
  CreatedList,
  CustomFields,
  Prospect,
  ProspectsInList,
  UserLists,
} from './schemas/prospects';
