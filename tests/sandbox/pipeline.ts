/**
 * One API request, in order: route match (404/405) → auth (401) → rate limit (429) → handler →
 * error mapping. Faults wrap the whole thing; every call ends in one log entry.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorsObject, HttpError, NoCreditsError, notFound, RefusedError, type Reply } from './core/http';
import { writeJson } from './core/io';
import { InputError, isRecord, type Input } from './core/params';
import { resolve, type Resolution } from './core/router';
import type { AuthForm } from './auth';
import type { Fault } from './faults';
import { redact } from './log';
import { handlerFor } from './routes/index';
import type { Runtime } from './runtime';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly query: Input;
  readonly body: unknown;
  readonly authHeader: string | undefined;
  readonly baseUrl: string;
}

interface Outcome extends Reply {
  readonly headers?: Record<string, string>;
}

function tooMany(rt: Runtime, account: string, now: number): Outcome {
  const setting = rt.config.retryAfterHeader;
  const seconds =
    setting === false ? null : setting === true ? rt.limiter.secondsUntilFree(account, now) : setting;
  // Assumption (§2.5): 429 with the errors-object envelope; Retry-After only when configured.
  return {
    status: 429,
    body: errorsObject(429, 'Too many requests'),
    ...(seconds === null ? {} : { headers: { 'Retry-After': String(seconds) } }),
  };
}

function mapError(rt: Runtime, error: unknown, path: string): Outcome {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  // Assumption (§2.5): validation is 400 on v1 and 422 on v2, body {success:false, errors:[...]}.
  if (error instanceof InputError)
    return { status: path.startsWith('/v1/') ? 400 : 422, body: { success: false, errors: [error.message] } };
  if (error instanceof RefusedError)
    return { status: rt.config.refusalStatus, body: { success: false, errors: error.errors } };
  // Assumption: a start the balance cannot pay for is 402 (emails-by-name reports not_enough_credits instead).
  if (error instanceof NoCreditsError)
    return {
      status: 402,
      body: { success: false, errors: ["You don't have enough credits for this request."] },
    };
  return {
    status: 500,
    body: errorsObject(500, `Sandbox error: ${error instanceof Error ? error.message : String(error)}`),
  };
}

function dispatch(
  rt: Runtime,
  call: Call,
  match: Resolution,
  auth: { form: AuthForm; clientId?: string },
): Outcome {
  try {
    if (match.kind === 'none') throw notFound();
    if (match.kind === 'method') {
      // Assumption: a known path with the wrong method is 405 (errors-object envelope) with Allow.
      return {
        status: 405,
        body: errorsObject(405, 'Method not allowed'),
        headers: { Allow: match.allowed.join(', ') },
      };
    }
    const input: Input = { ...call.query, ...(isRecord(call.body) ? call.body : {}) };
    if (!isRecord(call.body)) throw new InputError('The request body must be an object.');
    let account: string;
    if (match.name === 'accessToken') {
      account = typeof input['client_id'] === 'string' ? input['client_id'] : 'anonymous';
    } else {
      if (auth.form !== 'bearer-valid' || auth.clientId === undefined)
        throw new HttpError(
          401,
          errorsObject(401, 'Unauthorized: the access token is missing, invalid or expired'),
        );
      account = auth.clientId;
    }
    const now = rt.now();
    if (!rt.limiter.hit(account, rt.config.rateLimitPerMinute, now)) return tooMany(rt, account, now);
    const handler = handlerFor(match.name);
    if (!handler) return { status: 501, body: errorsObject(501, 'Not implemented in the sandbox') };
    return handler({ rt, world: rt.world, input, params: match.params, baseUrl: call.baseUrl, now });
  } catch (error) {
    return mapError(rt, error, call.path);
  }
}

function faultReply(fault: Fault): { status: number; text: string; type: string } | undefined {
  switch (fault.kind) {
    case '401':
      return {
        status: 401,
        text: JSON.stringify(
          errorsObject(401, 'Unauthorized: the access token is missing, invalid or expired'),
        ),
        type: 'application/json',
      };
    case '429':
      return {
        status: 429,
        text: JSON.stringify(errorsObject(429, 'Too many requests')),
        type: 'application/json',
      };
    case '500':
      return {
        status: 500,
        text: JSON.stringify(errorsObject(500, 'Internal server error')),
        type: 'application/json',
      };
    case '502':
      return { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>', type: 'text/html' };
    case '503':
      return {
        status: 503,
        text: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>',
        type: 'text/html',
      };
    case 'slow':
    case 'malformed-json':
    case 'drop':
    case 'expire-token':
      return undefined;
  }
}

/** Serves one API call (everything outside /__sandbox). */
export async function serveApi(
  rt: Runtime,
  call: Call,
  response: ServerResponse,
  request: IncomingMessage,
): Promise<void> {
  const startedAt = Date.now();
  const match = resolve(call.method, call.path);
  const route = match.kind === 'route' ? match.name : null;
  const fault = rt.faults.take({ method: call.method, path: call.path, route });
  let auth = rt.tokens.check(call.authHeader, rt.now());
  if (fault?.kind === 'expire-token' && auth.token !== undefined) {
    rt.tokens.expire(auth.token);
    auth = rt.tokens.check(call.authHeader, rt.now());
  }
  const record = (status: number, outcome?: Outcome): void => {
    rt.log.add({
      time: new Date(rt.now()).toISOString(),
      method: call.method,
      path: call.path,
      route,
      query: redact(call.query),
      body: redact(call.body),
      auth: route === 'accessToken' && auth.form === 'missing' ? 'none' : auth.form,
      status,
      credits: outcome?.credits ?? 0,
      task: outcome?.task ?? null,
      fault: fault?.kind ?? null,
      durationMs: Date.now() - startedAt,
    });
  };
  const canned = fault ? faultReply(fault) : undefined;
  if (canned) {
    record(canned.status);
    const headers: Record<string, string> = { 'Content-Type': canned.type };
    if (fault?.kind === '429' && rt.config.retryAfterHeader !== false)
      headers['Retry-After'] = String(rt.config.retryAfterHeader === true ? 1 : rt.config.retryAfterHeader);
    response.writeHead(canned.status, headers).end(canned.text);
    return;
  }
  if (fault?.kind === 'drop' && !fault.after) {
    record(0);
    request.socket.destroy();
    return;
  }
  const outcome = dispatch(rt, call, match, auth);
  if (fault?.kind === 'drop') {
    record(0, outcome);
    request.socket.destroy();
    return;
  }
  if (fault?.kind === 'slow') await sleep(fault.delayMs);
  record(outcome.status, outcome);
  if (fault?.kind === 'malformed-json') {
    const text = JSON.stringify(outcome.body);
    response
      .writeHead(outcome.status, { 'Content-Type': 'application/json', ...outcome.headers })
      .end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    return;
  }
  writeJson(response, outcome.status, outcome.body, outcome.headers);
}
