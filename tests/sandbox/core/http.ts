/**
 * Replies and error envelopes (REFERENCE.md §2.5). Handlers return a {@link Reply} or throw one of
 * the errors below; the server turns each into its status and body in one place.
 */

/** What a route handler answers. `credits` is what the call charged; `task` marks async starts/polls. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly credits?: number;
  readonly task?: 'start' | 'poll';
}

/** An error answered with an exact status and body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** An operation the API refuses with `{"success":false,"errors":[...]}` (status from config). */
export class RefusedError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(errors.join('; '));
  }
}

/** The credit balance cannot pay for a start. */
export class NoCreditsError extends Error {}

/** The `errors`-object envelope used for 401/404/405/429/5xx (REFERENCE.md §2.5). */
export function errorsObject(
  code: number,
  title: string,
): { errors: { code: number; title: string; source: string } } {
  return { errors: { code, title, source: '' } };
}

export const NOT_FOUND_TITLE = 'Sorry, but url or entity not found';

/** 404 with the probed envelope: unknown path, entity or task hash. */
export function notFound(): HttpError {
  return new HttpError(404, errorsObject(404, NOT_FOUND_TITLE));
}

/** 401 for a missing, malformed, unknown or expired token. */
export function unauthorized(): HttpError {
  // Assumption: 401 uses the same errors-object envelope as the probed 404 (REFERENCE.md §2.5).
  return new HttpError(
    401,
    errorsObject(401, 'Unauthorized: the access token is missing, invalid or expired'),
  );
}

/** A 200 reply. */
export function ok(body: unknown, credits = 0): Reply {
  return { status: 200, body, credits };
}
