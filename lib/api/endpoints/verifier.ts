/** E-mail verifier (REFERENCE.md §8): async, hash in `?task_hash=`, at most 10 e-mails per call. */
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { ROUTES } from '../paths';
import { FinderTaskStartSchema, type TaskStart } from '../schemas/tasks';
import type { Transport } from '../transport-types';
import { validateAll, validateEmail } from '../validate';
import { type CallOptions, PER_CALL_LIMIT, withSignal } from './call';
import { type TaskPollOf, fetchTaskResult } from './task-results';

/** Starts verifying up to 10 e-mails (sent as repeated `emails[]`; 1 credit per e-mail). */
export async function verificationStart(
  transport: Transport,
  emails: readonly string[],
  options?: CallOptions,
): Promise<Result<TaskStart, ApiError>> {
  const checked = validateAll(emails, validateEmail, 'emails', PER_CALL_LIMIT);
  if (!checked.ok) return checked;
  return transport.send(
    withSignal(
      {
        route: ROUTES.emailVerificationStart,
        query: { emails: checked.value },
        schema: FinderTaskStartSchema,
        spendsCredits: true,
      },
      options,
    ),
  );
}

/** Polls a verification task; rows come back in any order (match them by e-mail). */
export function verificationResult(
  transport: Transport,
  hash: string,
  options?: CallOptions,
): Promise<Result<TaskPollOf<'email-verification'>, ApiError>> {
  return fetchTaskResult(transport, 'email-verification', hash, options);
}
