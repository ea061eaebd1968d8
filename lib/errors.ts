/**
 * The closed set of failures the user can be told about (STYLE.md §4.7). Every API, queue and
 * messaging failure is mapped to one of these before it reaches a UI surface; `describeError`
 * turns each into one plain sentence plus the next action.
 */
export type ApiError =
  /** Wrong API User ID / Secret: the token request was refused. */
  | { readonly kind: 'auth-invalid' }
  /** A token was refused and a fresh one could not be obtained. */
  | { readonly kind: 'auth-expired' }
  /** No credentials saved yet. */
  | { readonly kind: 'not-connected' }
  | { readonly kind: 'out-of-credits' }
  /** 429 or our own limiter: the work is queued and retried after `retryAfterMs`. */
  | { readonly kind: 'rate-limited'; readonly retryAfterMs: number }
  /** Network failure: the work is queued until the browser is back online. */
  | { readonly kind: 'offline' }
  /** Rejected locally before any request: no API call made, no credits spent. */
  | { readonly kind: 'invalid-input'; readonly field: string; readonly message: string }
  | { readonly kind: 'not-found'; readonly message?: string }
  /** The server answered 2xx with a body that failed its schema. */
  | { readonly kind: 'invalid-response'; readonly path: string; readonly message: string }
  /** 5xx, or a 4xx that is none of the above; `message` is the server's own text when it gave one. */
  | { readonly kind: 'server'; readonly status: number; readonly message?: string }
  /** The server refused the operation (`success: false` with `errors`). */
  | { readonly kind: 'refused'; readonly message: string }
  /** An async task did not complete in time; it is re-polled later by its hash, never restarted. */
  | { readonly kind: 'task-timeout'; readonly taskHash: string }
  /** The caller cancelled. */
  | { readonly kind: 'aborted' };

/** The kinds of {@link ApiError}, for schemas and exhaustive tables. */
export type ApiErrorKind = ApiError['kind'];
