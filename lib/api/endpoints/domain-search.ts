/** Domain search (REFERENCE.md §5): async, hash in the path; inputs in the query string of the POST. */
import type { ApiError } from '../../errors';
import { err, type Result } from '../../result';
import { ROUTES } from '../paths';
import { DomainTaskStartSchema, type TaskStart } from '../schemas/tasks';
import type { Transport } from '../transport-types';
import { validateAll, validateDomain, validateName, validatePositiveInt } from '../validate';
import { type CallOptions, hashFrom, withSignal } from './call';
import { type TaskPollOf, fetchTaskResult } from './task-results';

// The cursor-paged searches live in their own module; re-exported so this stays the domain-search entry point.
export {
  domainEmailsCount,
  domainEmailsResult,
  domainEmailsStart,
  genericContactsResult,
  genericContactsStart,
} from './domain-emails';
export type { DomainPageInput } from './domain-emails';

/** Starts a company-info search for a domain (1 credit per distinct request with results). */
export async function companyInfoStart(
  transport: Transport,
  domain: string,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const checked = validateDomain(domain);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      {
        route: ROUTES.domainSearchStart,
        query: { domain: checked.value },
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a company-info search. */
export function companyInfoResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'company-info'>, ApiError>> {
  return fetchTaskResult(transport, 'company-info', hash, options);
}

/** Input of {@link domainProspectsStart}. */
export interface DomainProspectsInput {
  readonly domain: string;
  /** Job-title filter, at most 10 (sent as `positions[]`). */
  readonly positions?: readonly string[];
  /** 1-based; 20 prospects per page. */
  readonly page?: number;
}

/** Starts a prospects search for a domain, optionally filtered by position, one page at a time. */
export async function domainProspectsStart(
  transport: Transport,
  input: DomainProspectsInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const domain = validateDomain(input.domain);
  if (!domain.ok) return domain;
  const positions = input.positions?.length
    ? validateAll(input.positions, validateName, 'positions', 10)
    : undefined;
  if (positions && !positions.ok) return positions;
  const page = validatePositiveInt(input.page ?? 1, 'page');
  if (!page.ok) return page;
  return transport.send(
    withSignal(
      {
        route: ROUTES.domainProspectsStart,
        query: { domain: domain.value, page: page.value, positions: positions?.value },
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a prospects search (`nextPage` is set when there is another page). */
export function domainProspectsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'domain-prospects'>, ApiError>> {
  return fetchTaskResult(transport, 'domain-prospects', hash, options);
}

const SEARCH_EMAILS_PREFIX = '/v2/domain-search/prospects/search-emails/start/';

/** Starts the e-mail search for one prospect, by its `search_emails_start` URL or prospect hash (1 credit if found). */
export async function prospectEmailsStart(
  transport: Transport,
  prospect: string,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const hash = hashFrom(prospect, SEARCH_EMAILS_PREFIX);
  if (hash === undefined)
    return err({
      kind: 'invalid-input',
      field: 'prospect',
      message: 'Not a prospect e-mail search link from Snov.io.',
    });
  return transport.send(
    withSignal(
      {
        route: ROUTES.prospectEmailsStart,
        pathParams: { prospect_hash: hash },
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a prospect's e-mail search. */
export function prospectEmailsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'prospect-emails'>, ApiError>> {
  return fetchTaskResult(transport, 'prospect-emails', hash, options);
}
