import * as v from 'valibot';
import type { ApiError } from '../../../errors';
import { err, ok } from '../../../result';
import type { Result } from '../../../result';
import type { ResponseSchema } from '../../schemas/outreach/settle';
import type { RequestSpec, Transport } from '../../transport-types';

/** Per-call options every outreach function accepts. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Validates caller input locally; the first issue becomes `invalid-input` (no request made). */
export function parseInput<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Result<v.InferOutput<S>, ApiError> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return ok(parsed.output);
  const [issue] = parsed.issues;
  return err({ kind: 'invalid-input', field: v.getDotPath(issue) ?? 'input', message: issue.message });
}

/** Sends a spec and folds a `success:false` body into the `refused` error. */
export async function request<T>(
  transport: Transport,
  spec: Omit<RequestSpec<ResponseSchema<T>>, 'signal'>,
  options: CallOptions = {},
): Promise<Result<T, ApiError>> {
  const sent = await transport.send(options.signal ? { ...spec, signal: options.signal } : spec);
  return sent.ok ? sent.value : sent;
}
