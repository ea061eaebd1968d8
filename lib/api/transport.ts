/**
 * The one place where HTTP happens. Builds each `RequestSpec` into an ofetch call, applies the
 * bearer token and the shared rate limiter, decides retries itself (ofetch's are off) and maps every
 * outcome to `Result<T, ApiError>`. Retry policy (REFERENCE.md §2.5, §18):
 * - 401 → invalidate the token, fetch a new one, retry once; a second 401 is `auth-expired`.
 * - 429 → unambiguous refusal, so retried even for credit-spending calls, after `Retry-After` or
 *   exponential backoff (2 s → 60 s), a bounded number of times; then `rate-limited`.
 * - 5xx, timeouts, dropped connections → ambiguous (the server may have acted): retried with backoff
 *   only when `spendsCredits` is false.
 * The token is never put in a URL, an event or an error.
 */
import { ofetch } from 'ofetch';
import type * as v from 'valibot';
import type { ApiError } from '../errors';
import { err, type Result } from '../result';
import { findUnencodable } from './encode';
import { type Attempt, createAttempt, parseBody, safeJson } from './http-attempt';
import { httpError, parseRetryAfter } from './http-errors';
import type { SlotOutcome } from './send-log';
import { backoffMs, type Clock, type Sleep } from './sleep';
import type { RequestSpec, Transport } from './transport-types';

/** Supplies bearer tokens; `invalidate` is called with the token a 401 refused. */
export interface TokenSource {
  get(signal?: AbortSignal): Promise<Result<string, ApiError>>;
  invalidate(token: string): void;
}

/** A granted slot; the transport reports how its request ended (send-log.ts says why it matters). */
export interface SlotReceipt {
  settle(outcome: SlotOutcome): void;
}

/** Grants request slots (see rate-limit.ts); resolves `aborted` if the signal fires while waiting. */
export interface Limiter {
  acquire(signal?: AbortSignal): Promise<Result<SlotReceipt, ApiError>>;
}

/** Instrumentation events; they carry route templates and statuses, never tokens or bodies. */
export type TransportEvent =
  | { readonly type: 'request'; readonly route: string; readonly attempt: number }
  | {
      readonly type: 'response';
      readonly route: string;
      readonly status: number;
      readonly durationMs: number;
    }
  | { readonly type: 'retry'; readonly route: string; readonly reason: RetryReason; readonly delayMs: number }
  | { readonly type: 'failure'; readonly route: string; readonly kind: ApiError['kind'] };

/** Why the transport is about to re-send a call. */
export type RetryReason = 'unauthorized' | 'rate-limited' | 'server' | 'network' | 'timeout';

/** Everything the transport needs, injected so tests run on a fake clock and a fake fetch. */
export interface TransportDeps {
  readonly baseUrl: string;
  readonly tokens: TokenSource;
  readonly limiter: Limiter;
  readonly now: Clock;
  readonly sleep: Sleep;
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt; default 30 s. */
  readonly timeoutMs?: number;
  /** Re-sends after a 429; default 4. */
  readonly maxRateLimitRetries?: number;
  /** Re-sends after 5xx/timeout/network failure (non-spending calls only); default 3. */
  readonly maxFailureRetries?: number;
  readonly onEvent?: (event: TransportEvent) => void;
}

const ABORTED: ApiError = { kind: 'aborted' };

// A network failure is a connection closed before the answer: the browser may have sent it twice.
const SLOT_OUTCOME: Readonly<Record<Attempt['type'], SlotOutcome>> = {
  response: 'answered',
  timeout: 'no-answer',
  aborted: 'no-answer',
  network: 'connection-lost',
};

interface RetryState {
  token: string | undefined;
  authRetried: boolean;
  rateRetries: number;
  failureRetries: number;
}

/** What to do after a failed attempt: stop with an error, or sleep and re-send. */
type Step = { readonly stop: ApiError } | { readonly retry: RetryReason; readonly delayMs: number };

/** A non-empty body that is not JSON: the answer was truncated (or is not the API's). */
function isCutOff(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/** Creates the transport every endpoint module sends through. */
export function createTransport(deps: TransportDeps): Transport {
  const $fetch = ofetch.create(
    { baseURL: deps.baseUrl, retry: 0, ignoreResponseError: true, responseType: 'text' },
    deps.fetch ? { fetch: deps.fetch } : {},
  );
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const maxRate = deps.maxRateLimitRetries ?? 4;
  const maxFailure = deps.maxFailureRetries ?? 3;
  const emit = (event: TransportEvent): void => deps.onEvent?.(event);

  const attemptOnce = createAttempt({ $fetch, sleep: deps.sleep, timeoutMs });

  function afterFailure(spec: RequestSpec<v.GenericSchema>, outcome: Attempt, state: RetryState): Step {
    if (outcome.type === 'aborted') return { stop: ABORTED };
    if (outcome.type !== 'response') {
      const error: ApiError =
        outcome.type === 'network'
          ? { kind: 'offline' }
          : { kind: 'server', status: 408, message: `No answer within ${Math.round(timeoutMs / 1000)} s.` };
      return ambiguous(spec, state, error, outcome.type);
    }
    const { status } = outcome;
    if (status === 401) {
      if (state.token === undefined) return { stop: { kind: 'auth-invalid' } };
      if (state.authRetried) return { stop: { kind: 'auth-expired' } };
      deps.tokens.invalidate(state.token);
      state.authRetried = true;
      return { retry: 'unauthorized', delayMs: 0 };
    }
    if (status === 429) {
      const delayMs = parseRetryAfter(outcome.retryAfter, deps.now()) ?? backoffMs(state.rateRetries);
      if (state.rateRetries >= maxRate) return { stop: { kind: 'rate-limited', retryAfterMs: delayMs } };
      state.rateRetries++;
      return { retry: 'rate-limited', delayMs };
    }
    const error = httpError(status, safeJson(outcome.text));
    return status >= 500 ? ambiguous(spec, state, error, 'server') : { stop: error };
  }

  /** The server may have acted: re-send only calls that cannot spend credits. */
  function ambiguous(
    spec: RequestSpec<v.GenericSchema>,
    state: RetryState,
    error: ApiError,
    reason: RetryReason,
  ): Step {
    if (spec.spendsCredits === true || state.failureRetries >= maxFailure) return { stop: error };
    return { retry: reason, delayMs: backoffMs(state.failureRetries++) };
  }

  async function send<S extends v.GenericSchema>(
    spec: RequestSpec<S>,
  ): Promise<Result<v.InferOutput<S>, ApiError>> {
    const route = `${spec.route.method} ${spec.route.path}`;
    const fail = (error: ApiError): Result<never, ApiError> => {
      emit({ type: 'failure', route, kind: error.kind });
      return err(error);
    };
    for (const part of [spec.pathParams, spec.query, spec.form, spec.json]) {
      const field = findUnencodable(part);
      if (field !== undefined)
        return fail({
          kind: 'invalid-input',
          field: field === '' ? '(body)' : field,
          message: 'The text contains a broken character (half of a Unicode pair) that cannot be sent.',
        });
    }
    const state: RetryState = { token: undefined, authRetried: false, rateRetries: 0, failureRetries: 0 };
    for (let attempt = 1; ; attempt++) {
      if (spec.signal?.aborted) return fail(ABORTED);
      if (spec.anonymous !== true) {
        const got = await deps.tokens.get(spec.signal);
        if (!got.ok) return fail(got.error);
        state.token = got.value;
      }
      const slot = await deps.limiter.acquire(spec.signal);
      if (!slot.ok) return fail(slot.error);
      emit({ type: 'request', route, attempt });
      const started = deps.now();
      const outcome = await attemptOnce(spec, state.token);
      slot.value.settle(SLOT_OUTCOME[outcome.type]);
      let step: Step | undefined;
      if (outcome.type === 'response') {
        emit({ type: 'response', route, status: outcome.status, durationMs: deps.now() - started });
        if (outcome.status >= 200 && outcome.status < 300) {
          const parsed = parseBody(spec, outcome.text);
          if (parsed.ok || !isCutOff(outcome.text)) return parsed.ok ? parsed : fail(parsed.error);
          // A 2xx cut off mid-body (found by the fault run, issue 7): the call ran but its answer is
          // lost, as ambiguous as a 5xx, so only calls that cannot spend credits are sent again.
          step = ambiguous(spec, state, parsed.error, 'server');
        }
      }
      step ??= afterFailure(spec, outcome, state);
      if ('stop' in step) return fail(step.stop);
      emit({ type: 'retry', route, reason: step.retry, delayMs: step.delayMs });
      if (step.delayMs > 0) await deps.sleep(step.delayMs, spec.signal);
    }
  }

  return { send };
}
