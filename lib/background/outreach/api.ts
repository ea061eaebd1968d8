/**
 * The slice of the Snov.io client the outreach use cases call (a port, as api-port.ts is for
 * prospecting): the 40 outreach functions. The real client built by auth-service satisfies it;
 * unit tests pass a small fake.
 */
import type { OutreachEndpoints } from '../../api/endpoints/outreach';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { err } from '../../result';

/** The outreach functions of the client. */
export type OutreachApi = OutreachEndpoints;

/** The client for the saved credentials, or null when not connected. */
export type OutreachApiProvider = () => Promise<OutreachApi | null>;

/** Runs `call` with the client, or answers `not-connected` without any request. */
export async function withApi<T>(
  getApi: OutreachApiProvider,
  call: (api: OutreachApi) => Promise<Result<T, ApiError>>,
): Promise<Result<T, ApiError>> {
  const api = await getApi();
  return api ? call(api) : err({ kind: 'not-connected' });
}
