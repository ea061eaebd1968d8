import type { GenericSchema, InferOutput } from 'valibot';
import type { ApiError } from '../errors';
import type { Result } from '../result';
import type { Route } from './paths';

/** Scalar values that can be put in a query string or form body. */
export type Scalar = string | number | boolean;
/**
 * Query / form values. Arrays are encoded with bracket keys (`emails[]=a&emails[]=b`) and nested
 * records with bracket object keys (`customFields[label]=x`), as REFERENCE.md §2.1 documents.
 * `undefined` and `null` entries are dropped.
 */
export type ParamValue =
  Scalar | readonly Scalar[] | Readonly<Record<string, Scalar | undefined>> | undefined | null;
export type Params = Readonly<Record<string, ParamValue>>;

/** One HTTP call to the API, described declaratively; built into a request by the transport only. */
export interface RequestSpec<S extends GenericSchema> {
  /** An entry of the `ROUTES` table in paths.ts. */
  readonly route: Route;
  /** Values for `{placeholders}` in the route's path; percent-encoded by the transport. */
  readonly pathParams?: Readonly<Record<string, string | number>>;
  readonly query?: Params;
  /** application/x-www-form-urlencoded body (v1 POSTs). */
  readonly form?: Params;
  /** application/json body (v2 management, emails-by-domain-by-name). */
  readonly json?: unknown;
  /** Validates (and may transform / normalise) the 2xx body. */
  readonly schema: S;
  readonly signal?: AbortSignal;
  /**
   * True for calls that may charge credits (task starts, get-profile-by-email). After an
   * ambiguous failure (timeout, dropped connection, 5xx) such a call is never re-sent: the
   * server may have accepted it. 401 and 429 are unambiguous refusals and are retried.
   */
  readonly spendsCredits?: boolean;
  /** Skip the bearer token (only the token endpoint itself). */
  readonly anonymous?: boolean;
}

/** Sends RequestSpecs: auth header, rate limit, retries, error mapping and validation in one place. */
export interface Transport {
  send<S extends GenericSchema>(spec: RequestSpec<S>): Promise<Result<InferOutput<S>, ApiError>>;
}
