/**
 * `createSnovClient`: the whole Snov.io API as plain async functions returning `Result<T, ApiError>`
 * (STYLE.md §4.4). It wires one token manager, one rate limiter and one transport, then binds the
 * prospecting endpoints, the outreach endpoints and the high-level batched operations to them. It
 * never reads storage: credentials and token persistence come in as functions.
 */
import type { ApiError } from '../errors';
import type { Result } from '../result';
import { createTokenManager, type TokenStore } from './auth';
import { bindTransport } from './bind';
import { type Credentials, requestAccessToken } from './endpoints/auth';
import * as balance from './endpoints/balance';
import * as databaseSearch from './endpoints/database-search';
import * as domainSearch from './endpoints/domain-search';
import * as finder from './endpoints/finder';
import { createOutreachEndpoints } from './endpoints/outreach/index';
import * as prospects from './endpoints/prospects';
import { type TaskKind, type TaskValueOf, fetchTaskResult } from './endpoints/task-results';
import * as verifier from './endpoints/verifier';
import {
  type BatchKind,
  type InputOf,
  type NormalisedOf,
  type OperationOptions,
  type StartedBatch,
  resumeBatch,
  runOperation,
} from './operations';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { defaultSleep, type Clock, type Sleep } from './sleep';
import type { TaskStart } from './schemas/tasks';
import { type PollOptions, runTask, waitForTask } from './tasks';
import { createTransport, type TransportEvent } from './transport';

/** Where the real API lives; the settings can point the client at the sandbox instead. */
export const DEFAULT_BASE_URL = 'https://api.snov.io';

/** Everything the client needs; only `baseUrl` and `credentials` are required. */
export interface SnovClientDeps {
  readonly baseUrl: string;
  /** Reads the saved API User ID / Secret; `null` → `not-connected`. */
  readonly credentials: () => Promise<Credentials | null>;
  /** Keeps the token across service-worker restarts (e.g. `storage.session`). */
  readonly tokenStore?: TokenStore;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: Clock;
  readonly sleep?: Sleep;
  /** Share one limiter between clients of the same account; default: a new 60/min limiter. */
  readonly limiter?: RateLimiter;
  readonly onEvent?: (event: TransportEvent) => void;
  readonly timeoutMs?: number;
}

type ResumeOptions = Omit<PollOptions, 'now' | 'sleep'>;

function build(deps: SnovClientDeps) {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const limiter = deps.limiter ?? createRateLimiter({ now, sleep });
  const tokens = createTokenManager({
    credentials: deps.credentials,
    requestToken: (credentials) => requestAccessToken(transport, credentials),
    now,
    ...(deps.tokenStore ? { store: deps.tokenStore } : {}),
  });
  const transport = createTransport({
    baseUrl: deps.baseUrl,
    tokens,
    limiter,
    now,
    sleep,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.onEvent ? { onEvent: deps.onEvent } : {}),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
  });
  const operations = { transport, now, sleep };
  const run =
    <B extends BatchKind>(kind: B) =>
    (inputs: readonly InputOf<B>[], options?: OperationOptions<NormalisedOf<B>>) =>
      runOperation(operations, kind, inputs, options);
  return {
    ...bindTransport(transport, domainSearch),
    ...bindTransport(transport, databaseSearch),
    ...bindTransport(transport, finder),
    ...bindTransport(transport, verifier),
    ...bindTransport(transport, prospects),
    ...bindTransport(transport, balance),
    ...createOutreachEndpoints(transport),
    /** Verifies any number of e-mails; one outcome per input, in input order. */
    verifyEmails: run('verify-emails'),
    /** Finds e-mails for people by name and domain. */
    findEmails: run('find-emails'),
    /** Finds company domains by company name. */
    companyDomainsByName: run('company-domains'),
    /** Resolves LinkedIn profile URLs (unresolved profiles → `not-found`). */
    enrichLinkedInProfiles: run('linkedin-profiles'),
    /** Re-polls a started batch by its stored hash and merges it; never starts it again. */
    resumeBatch: <B extends BatchKind>(
      batch: StartedBatch<NormalisedOf<B>> & { readonly kind: B },
      options?: ResumeOptions,
    ) => resumeBatch(operations, batch, options),
    /**
     * Starts one task and waits for it; `onStarted(hash)` runs before the first poll so the caller
     * can persist the hash. Example: `runTask('company-info', (signal) => client.companyInfoStart(d, { signal }))`.
     */
    runTask: <K extends TaskKind>(
      kind: K,
      start: (signal?: AbortSignal) => Promise<Result<TaskStart, ApiError>>,
      options: ResumeOptions & { readonly onStarted?: (hash: string) => void | Promise<void> } = {},
    ): Promise<Result<TaskValueOf<K>, ApiError>> =>
      runTask({
        ...options,
        start,
        poll: (hash) => (signal) => fetchTaskResult(transport, kind, hash, signal ? { signal } : {}),
        now,
        sleep,
      }),
    /** Re-polls any task by kind and hash (first poll immediately). */
    resumeTask: <K extends TaskKind>(
      kind: K,
      hash: string,
      options: ResumeOptions = {},
    ): Promise<Result<TaskValueOf<K>, ApiError>> =>
      waitForTask(hash, (signal) => fetchTaskResult(transport, kind, hash, signal ? { signal } : {}), {
        firstDelayMs: 0,
        ...options,
        now,
        sleep,
      }),
    /** Seconds-accurate countdown for the UI: ms until the limiter has a free slot. */
    nextSlotInMs: () => limiter.nextSlotInMs(),
    /** Forgets the cached token (after the user changes or removes credentials). */
    signOut: () => tokens.clear(),
  };
}

/** The Snov.io client: every endpoint, the batched operations and task resumption. */
export type SnovClient = ReturnType<typeof build>;

/** Creates the Snov.io client. */
export function createSnovClient(deps: SnovClientDeps): SnovClient {
  return build(deps);
}
