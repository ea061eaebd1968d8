import type * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { ok } from '../../result';
import type { Cache, CacheNamespace } from './store';
import type { SingleFlight } from './single-flight';

/** What {@link cached} needs. */
export interface CachedCall<S extends v.GenericSchema> {
  readonly cache: Cache;
  readonly flight: SingleFlight;
  readonly namespace: CacheNamespace;
  readonly key: string;
  readonly schema: S;
  /** Skip the cache read (the user asked to refresh); the answer is still cached. */
  readonly refresh?: boolean;
}

/**
 * Answers from the cache when fresh, else runs `work` once per key (concurrent callers share it)
 * and caches a success.
 * @example cached({ cache, flight, namespace: 'company', key: domain, schema }, () => fetchCompany(domain))
 */
export async function cached<S extends v.GenericSchema>(
  call: CachedCall<S>,
  work: () => Promise<Result<v.InferOutput<S>, ApiError>>,
): Promise<Result<v.InferOutput<S>, ApiError>> {
  if (call.refresh !== true) {
    const hit = await call.cache.get(call.namespace, call.key, call.schema);
    if (hit !== undefined) return ok(hit);
  }
  return call.flight.run(`${call.namespace}:${call.key}`, async () => {
    const result = await work();
    if (result.ok) await call.cache.set(call.namespace, call.key, result.value);
    return result;
  });
}
