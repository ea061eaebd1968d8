/**
 * One HTTP attempt and the parsing of its 2xx body: builds the request from a `RequestSpec`
 * (encodings in encode.ts), enforces the per-attempt timeout on the injected clock, and reports
 * what happened without deciding anything (the transport owns the retry policy).
 */
import type { $Fetch } from 'ofetch';
import * as v from 'valibot';
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';
import { fillPath, toFormBody, toQuery } from './encode';
import { bodyLevelError } from './http-errors';
import type { Sleep } from './sleep';
import type { RequestSpec } from './transport-types';

/** What one attempt produced. */
export type Attempt =
  | {
      readonly type: 'response';
      readonly status: number;
      readonly retryAfter: string | null;
      readonly text: string;
    }
  | { readonly type: 'network' | 'timeout' | 'aborted' };

/** Dependencies of {@link createAttempt}. */
export interface AttemptDeps {
  /** An ofetch instance with `retry: 0`, `ignoreResponseError: true`, `responseType: 'text'`. */
  readonly $fetch: $Fetch;
  readonly sleep: Sleep;
  readonly timeoutMs: number;
}

/** Creates the function that performs one attempt of a spec with an optional bearer token. */
export function createAttempt(
  deps: AttemptDeps,
): (spec: RequestSpec<v.GenericSchema>, token: string | undefined) => Promise<Attempt> {
  return async function attemptOnce(
    spec: RequestSpec<v.GenericSchema>,
    token: string | undefined,
  ): Promise<Attempt> {
    const controller = new AbortController();
    const stopTimer = new AbortController();
    const onAbort = (): void => {
      controller.abort();
    };
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = { fired: false };
    void deps.sleep(deps.timeoutMs, stopTimer.signal).then(() => {
      if (stopTimer.signal.aborted) return;
      timer.fired = true;
      controller.abort();
    });
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
    let body: string | Record<string, unknown> | unknown[] | undefined;
    if (spec.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
      body = toFormBody(spec.form);
    } else if (spec.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(spec.json);
    }
    try {
      const response = await deps.$fetch.raw<string, 'text'>(fillPath(spec.route.path, spec.pathParams), {
        method: spec.route.method,
        headers,
        signal: controller.signal,
        ...(spec.query ? { query: toQuery(spec.query) } : {}),
        ...(body === undefined ? {} : { body }),
      });
      const text = typeof response._data === 'string' ? response._data : '';
      return {
        type: 'response',
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        text,
      };
    } catch {
      if (spec.signal?.aborted) return { type: 'aborted' };
      return { type: timer.fired ? 'timeout' : 'network' };
    } finally {
      stopTimer.abort();
      spec.signal?.removeEventListener('abort', onAbort);
    }
  };
}

/** Parses a 2xx body and validates it with the spec's schema. */
export function parseBody<S extends v.GenericSchema>(
  spec: RequestSpec<S>,
  text: string,
): Result<v.InferOutput<S>, ApiError> {
  let body: unknown = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return err({ kind: 'invalid-response', path: '(body)', message: 'The answer was not valid JSON.' });
    }
  }
  const refused = bodyLevelError(body);
  if (refused) return err(refused);
  const parsed = v.safeParse(spec.schema, body);
  if (parsed.success) return ok(parsed.output);
  const [issue] = parsed.issues;
  return err({
    kind: 'invalid-response',
    path: v.getDotPath(issue) ?? '(root)',
    message: issue.message.slice(0, 200),
  });
}

/** The body of an error answer as JSON if it is JSON, else its first 300 characters. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 300);
  }
}
