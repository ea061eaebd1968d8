import type * as v from 'valibot';
import type { ApiError } from '../../../errors';
import type { Result } from '../../../result';
import type { ResponseSchema } from '../../schemas/outreach/settle';
import type { RequestSpec, Transport } from '../../transport-types';
import { parseInput, request } from './call';
import type { CallOptions } from './call';

/** A request spec without the per-call signal (added from {@link CallOptions}). */
export type SpecOf<T> = Omit<RequestSpec<ResponseSchema<T>>, 'signal'>;
/** An endpoint that takes validated input. */
export type Endpoint<In, T> = (
  transport: Transport,
) => (input: In, options?: CallOptions) => Promise<Result<T, ApiError>>;
/** An endpoint without input. */
export type Endpoint0<T> = (transport: Transport) => (options?: CallOptions) => Promise<Result<T, ApiError>>;

/** Defines an endpoint: input validated by `input` (failure → `invalid-input`, no request), then `build` makes the spec. */
export function endpoint<I extends v.GenericSchema, T>(
  input: I,
  build: (value: v.InferOutput<I>) => SpecOf<T>,
): Endpoint<v.InferInput<I>, T> {
  return (transport) => async (raw, options) => {
    const parsed = parseInput(input, raw);
    return parsed.ok ? request(transport, build(parsed.value), options) : parsed;
  };
}

/** Defines an endpoint that takes no input. */
export function endpoint0<T>(spec: SpecOf<T>): Endpoint0<T> {
  return (transport) => (options) => request(transport, spec, options);
}

/** The callable functions of a table of endpoint definitions. */
export type Bound<D> = {
  readonly [K in keyof D]: D[K] extends (transport: Transport) => infer F ? F : never;
};

/** Binds every definition of `defs` to one transport. */
export function bindEndpoints<D extends Record<string, (transport: Transport) => unknown>>(
  transport: Transport,
  defs: D,
): Bound<D> {
  const out: Partial<Record<keyof D, unknown>> = {};
  for (const key of Object.keys(defs) as (keyof D)[]) out[key] = defs[key]?.(transport);
  // Every key of D was just assigned its bound function, which is exactly Bound<D>[key].
  return out as Bound<D>;
}
