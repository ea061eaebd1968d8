/** Binds endpoint functions `(transport, ...args)` to one transport. */
import type { Transport } from './transport-types';

// `never[]` accepts any parameter list (parameters are contravariant).
type EndpointFn = (transport: Transport, ...args: never[]) => unknown;

/** The endpoint functions of a module with the transport argument applied. */
export type BoundEndpoints<D> = {
  readonly [K in keyof D]: D[K] extends (transport: Transport, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** Applies `transport` to every function of an endpoint module (`import * as module`). */
export function bindTransport<D extends Record<string, EndpointFn>>(
  transport: Transport,
  module: D,
): BoundEndpoints<D> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(module)) {
    out[name] = (...args: never[]) => fn(transport, ...args);
  }
  // Every key of D was just given its bound function, which is exactly BoundEndpoints<D>[key].
  return out as BoundEndpoints<D>;
}
