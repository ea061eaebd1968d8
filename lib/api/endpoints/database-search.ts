/** Database search (REFERENCE.md §6): async, JSON body, hash in the path. */
import type { ApiError } from '../../errors';
import { err, type Result } from '../../result';
import { ROUTES } from '../paths';
import { DomainTaskStartSchema, type TaskStart } from '../schemas/tasks';
import type { Transport } from '../transport-types';
import { validatePositiveInt } from '../validate';
import { type CallOptions, hashFrom, withSignal } from './call';
import { type TaskPollOf, fetchTaskResult } from './task-results';

/**
 * Search filters, passed through as JSON: `prospect.{job_titles, management_levels, departments,
 * locations, skills, first_name, last_name}` and `company.{name, locations, industries, size,
 * revenue, specialities, founded}` (REFERENCE.md §6 lists the allowed values).
 */
export interface DatabaseSearchInput {
  readonly filters: Readonly<Record<string, unknown>>;
  readonly page?: number;
}

function searchBody(
  input: DatabaseSearchInput,
): Result<{ page: number; filters: Readonly<Record<string, unknown>> }, ApiError> {
  const page = validatePositiveInt(input.page ?? 1, 'page');
  if (!page.ok) return page;
  if (Object.keys(input.filters).length === 0) {
    return err({ kind: 'invalid-input', field: 'filters', message: 'Choose at least one filter.' });
  }
  return { ok: true, value: { page: page.value, filters: input.filters } };
}

/** Starts a database prospect search (free; names and LinkedIn URLs come back masked). */
export async function databaseProspectsStart(
  transport: Transport,
  input: DatabaseSearchInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const body = searchBody(input);
  if (!body.ok) return body;
  return transport.send(
    withSignal(
      { route: ROUTES.databaseProspectsStart, json: body.value, schema: DomainTaskStartSchema },
      options,
    ),
  );
}

/** Polls a database prospect search. */
export function databaseProspectsResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'database-prospects'>, ApiError>> {
  return fetchTaskResult(transport, 'database-prospects', hash, options);
}

const REVEAL_PREFIX = '/v2/database-search/prospects/search-emails/start/';

/** Reveals one database prospect's e-mail and unmasked data (1 credit if an e-mail is found). */
export async function revealProspectEmailStart(
  transport: Transport,
  reveal: string,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const hash = hashFrom(reveal, REVEAL_PREFIX);
  if (hash === undefined) {
    return err({ kind: 'invalid-input', field: 'reveal', message: 'Not a Snov.io e-mail reveal link.' });
  }
  return transport.send(
    withSignal(
      {
        route: ROUTES.databaseProspectEmailsStart,
        pathParams: { task_hash: hash },
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls an e-mail reveal. */
export function revealProspectEmailResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'database-prospect-emails'>, ApiError>> {
  return fetchTaskResult(transport, 'database-prospect-emails', hash, options);
}

/** Starts a database company search (1 credit per unique request with results). */
export async function databaseCompaniesStart(
  transport: Transport,
  input: DatabaseSearchInput,
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const body = searchBody(input);
  if (!body.ok) return body;
  return transport.send(
    withSignal(
      {
        route: ROUTES.databaseCompaniesStart,
        json: body.value,
        schema: DomainTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a database company search. */
export function databaseCompaniesResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'database-companies'>, ApiError>> {
  return fetchTaskResult(transport, 'database-companies', hash, options);
}
