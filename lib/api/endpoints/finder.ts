/** Enrichment and e-mail finder (REFERENCE.md §7): async, hash in `?task_hash=`, at most 10 inputs per call. */
import type { ApiError } from '../../errors';
import { err, ok, type Result } from '../../result';
import { ROUTES } from '../paths';
import { type ProfileByEmail, ProfileByEmailSchema } from '../schemas/finder';
import { FinderTaskStartSchema, type TaskStart } from '../schemas/tasks';
import type { Transport } from '../transport-types';
import {
  type FinderRow,
  validateAll,
  validateEmail,
  validateFinderRow,
  validateLinkedInProfileUrl,
  validateName,
} from '../validate';
import { type CallOptions, PER_CALL_LIMIT, withSignal } from './call';
import { type TaskPollOf, fetchTaskResult } from './task-results';

/** Starts finding company domains by company name (1 credit per domain found). */
export async function companyDomainsStart(
  transport: Transport,
  names: readonly string[],
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const checked = validateAll(names, validateName, 'names', PER_CALL_LIMIT);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      {
        route: ROUTES.companyDomainByNameStart,
        query: { names: checked.value },
        schema: FinderTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a company-domain search; unknown companies have `domain: undefined`. */
export function companyDomainsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'company-domains'>, ApiError>> {
  return fetchTaskResult(transport, 'company-domains', hash, options);
}

export type { FinderRow } from '../validate';

/** Starts finding e-mails by first name, last name and domain (JSON body; 1 credit per valid/unknown e-mail). */
export async function emailsByNameStart(
  transport: Transport,
  rows: readonly FinderRow[],
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  if (rows.length === 0 || rows.length > PER_CALL_LIMIT) {
    return err({
      kind: 'invalid-input',
      field: 'rows',
      message: `Send between 1 and ${PER_CALL_LIMIT} people per request.`,
    });
  }
  const body: { first_name: string; last_name: string; domain: string }[] = [];
  for (const [i, row] of rows.entries()) {
    const checked = validateFinderRow(row, `rows[${i}]`);
    if (!checked.ok) return checked;
    body.push({
      first_name: checked.value.firstName,
      last_name: checked.value.lastName,
      domain: checked.value.domain,
    });
  }
  return transport.send(
    withSignal(
      {
        route: ROUTES.emailsByNameStart,
        json: { rows: body },
        schema: FinderTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls an e-mail finder task (rows in input order; `people` is the full name). */
export function emailsByNameResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'emails-by-name'>, ApiError>> {
  return fetchTaskResult(transport, 'emails-by-name', hash, options);
}

/** Starts resolving LinkedIn profile URLs (1 credit per profile returned). */
export async function linkedinProfilesStart(
  transport: Transport,
  urls: readonly string[],
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const checked = validateAll(urls, validateLinkedInProfileUrl, 'urls', PER_CALL_LIMIT);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      {
        route: ROUTES.linkedinProfilesStart,
        query: { urls: checked.value },
        schema: FinderTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a LinkedIn profile task; unresolved profiles (`result: []`) have `profile: undefined`. */
export function linkedinProfilesResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'linkedin-profiles'>, ApiError>> {
  return fetchTaskResult(transport, 'linkedin-profiles', hash, options);
}

/** The profile behind an e-mail address, or `not-found` (1 credit if found). */
export async function profileByEmail(
  transport: Transport,
  email: string,
  options?: CallOptions,
): Promise<Result<NonNullable<ProfileByEmail>, ApiError>> {
  const checked = validateEmail(email);
  if (!checked.ok) return checked;
  const found = await transport.send(
    withSignal(
      {
        route: ROUTES.profileByEmail,
        form: { email: checked.value },
        schema: ProfileByEmailSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
  // Assumption: "nothing found" is `success: false` or a body without `id` (REFERENCE.md §7, undocumented).
  if (!found.ok)
    return found.error.kind === 'refused' ? err({ kind: 'not-found', message: found.error.message }) : found;
  return found.value === undefined ? err({ kind: 'not-found' }) : ok(found.value);
}
