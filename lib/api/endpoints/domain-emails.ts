/** Domain e-mails, generic contacts (cursor-paged, 50 per page) and the free e-mail count (REFERENCE.md §5). */
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { ROUTES } from '../paths';
import { DomainEmailsCountSchema, type DomainEmailsCount } from '../schemas/domain-search';
import { DomainTaskStartSchema, type TaskStart } from '../schemas/tasks';
import type { Transport } from '../transport-types';
import { validateDomain } from '../validate';
import { type CallOptions, withSignal } from './call';
import { type TaskPollOf, fetchTaskResult } from './task-results';

/** Input of the cursor-paged domain e-mail searches. */
export interface DomainPageInput {
  readonly domain: string;
  /** Cursor from the previous page's `next`. */
  readonly next?: string;
}

async function cursorStart(
  transport: Transport,
  route: typeof ROUTES.domainEmailsStart | typeof ROUTES.genericContactsStart,
  input: DomainPageInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const domain = validateDomain(input.domain);
  if (!domain.ok) return domain;
  const next = input.next?.trim();
  // Assumption: every page is a billable distinct request (REFERENCE.md §19).
  return transport.send(
    withSignal(
      {
        route,
        query: { domain: domain.value, next: next === '' ? undefined : next },
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Starts a domain e-mails search (50 per page, unverified); pass `next` for the following page. */
export function domainEmailsStart(
  transport: Transport,
  input: DomainPageInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  return cursorStart(transport, ROUTES.domainEmailsStart, input, options);
}

/** Polls a domain e-mails search. */
export function domainEmailsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'domain-emails'>, ApiError>> {
  return fetchTaskResult(transport, 'domain-emails', hash, options);
}

/** Starts a generic-contacts search (role addresses such as sales@). */
export function genericContactsStart(
  transport: Transport,
  input: DomainPageInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  return cursorStart(transport, ROUTES.genericContactsStart, input, options);
}

/** Polls a generic-contacts search. */
export function genericContactsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'generic-contacts'>, ApiError>> {
  return fetchTaskResult(transport, 'generic-contacts', hash, options);
}

/** How many e-mails Snov.io has for a domain (free). */
export async function domainEmailsCount(
  transport: Transport,
  domain: string,
  options?: CallOptions,
): Promise<Result<DomainEmailsCount, ApiError>> {
  const checked = validateDomain(domain);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      { route: ROUTES.domainEmailsCount, form: { domain: checked.value }, schema: DomainEmailsCountSchema },
      options,
    ),
  );
}
