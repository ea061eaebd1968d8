/** Shared plumbing for the prospecting endpoint modules. */
import type { GenericSchema } from 'valibot';
import type { RequestSpec } from '../transport-types';

/** Most inputs one finder/enrichment/verifier start accepts (REFERENCE.md §18.5). */
export const PER_CALL_LIMIT = 10;

/** Per-call options every endpoint accepts. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Adds the caller's abort signal to a spec. */
export function withSignal<S extends GenericSchema>(
  spec: RequestSpec<S>,
  options: CallOptions = {},
): RequestSpec<S> {
  return options.signal ? { ...spec, signal: options.signal } : spec;
}

/**
 * The hash at the end of an API URL taken verbatim from a response (`search_emails_start`,
 * `email_and_hidden_info_reveal`), or a bare hash. The URL itself is never fetched: requests only go
 * to the configured base URL, so a response cannot redirect the bearer token elsewhere.
 */
export function hashFrom(input: string, expectedPathPrefix: string): string | undefined {
  const value = input.trim();
  if (/^[A-Za-z0-9_-]{8,256}$/.test(value)) return value;
  try {
    const url = new URL(value);
    if (!url.pathname.startsWith(expectedPathPrefix)) return undefined;
    const hash = decodeURIComponent(url.pathname.slice(expectedPathPrefix.length).replace(/\/$/, ''));
    return /^[A-Za-z0-9_-]{8,256}$/.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}
