/**
 * Every async task's result route in one table, keyed by task kind, with where its hash goes
 * (REFERENCE.md §2.2): the domain/database family takes it in the path, the finder family in
 * `?task_hash=`. `resumeTask(kind, hash)` and the per-area `...Result` functions both use it.
 */
import type * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { ROUTES } from '../paths';
import { DatabaseCompaniesSchema, DatabaseProspectsSchema } from '../schemas/database-search';
import {
  CompanyInfoSchema,
  DomainEmailsSchema,
  DomainProspectsSchema,
  ProspectEmailsSchema,
} from '../schemas/domain-search';
import { CompanyDomainsSchema, EmailsByNameSchema, LinkedInProfilesSchema } from '../schemas/finder';
import type { TaskPoll } from '../schemas/tasks';
import { VerificationResultSchema } from '../schemas/verifier';
import type { Transport } from '../transport-types';
import { type CallOptions, withSignal } from './call';

/** Where a task family puts its hash. */
export type TaskFamily = 'domain' | 'finder';

const TASKS = {
  'company-info': { family: 'domain', route: ROUTES.domainSearchResult, schema: CompanyInfoSchema },
  'domain-prospects': {
    family: 'domain',
    route: ROUTES.domainProspectsResult,
    schema: DomainProspectsSchema,
  },
  'prospect-emails': { family: 'domain', route: ROUTES.prospectEmailsResult, schema: ProspectEmailsSchema },
  'domain-emails': { family: 'domain', route: ROUTES.domainEmailsResult, schema: DomainEmailsSchema },
  'generic-contacts': { family: 'domain', route: ROUTES.genericContactsResult, schema: DomainEmailsSchema },
  'database-prospects': {
    family: 'domain',
    route: ROUTES.databaseProspectsResult,
    schema: DatabaseProspectsSchema,
  },
  'database-prospect-emails': {
    family: 'domain',
    route: ROUTES.databaseProspectEmailsResult,
    schema: ProspectEmailsSchema,
  },
  'database-companies': {
    family: 'domain',
    route: ROUTES.databaseCompaniesResult,
    schema: DatabaseCompaniesSchema,
  },
  'company-domains': {
    family: 'finder',
    route: ROUTES.companyDomainByNameResult,
    schema: CompanyDomainsSchema,
  },
  'emails-by-name': { family: 'finder', route: ROUTES.emailsByNameResult, schema: EmailsByNameSchema },
  'linkedin-profiles': {
    family: 'finder',
    route: ROUTES.linkedinProfilesResult,
    schema: LinkedInProfilesSchema,
  },
  'email-verification': {
    family: 'finder',
    route: ROUTES.emailVerificationResult,
    schema: VerificationResultSchema,
  },
} as const satisfies Record<string, { family: TaskFamily; route: unknown; schema: v.GenericSchema }>;

/** Every kind of async task the client can start, poll and resume. */
export type TaskKind = keyof typeof TASKS;
/** The completed value of a task of kind `K`. */
export type TaskValueOf<K extends TaskKind> =
  v.InferOutput<(typeof TASKS)[K]['schema']> extends TaskPoll<infer V> ? V : never;
/** One poll of a task of kind `K` (`{ done: true, value }` or `{ done: false, status }`). */
export type TaskPollOf<K extends TaskKind> = TaskPoll<TaskValueOf<K>>;

/** The family (hash placement) of a task kind. */
export function taskFamily(kind: TaskKind): TaskFamily {
  return TASKS[kind].family;
}

/** Fetches one poll of a task's result by hash. */
export function fetchTaskResult<K extends TaskKind>(
  transport: Transport,
  kind: K,
  hash: string,
  options: CallOptions = {},
): Promise<Result<TaskPollOf<K>, ApiError>> {
  const task: (typeof TASKS)[K] = TASKS[kind];
  const where =
    task.family === 'domain' ? { pathParams: { task_hash: hash } } : { query: { task_hash: hash } };
  // Type-level only: every TASKS schema is a taskResultSchema, whose output is TaskPoll<TaskValueOf<K>>;
  // TypeScript cannot follow that through the generic index. The data itself is still validated.
  const schema = task.schema as v.GenericSchema<unknown, TaskPollOf<K>>;
  return transport.send(withSignal({ route: task.route, schema, ...where }, options));
}
