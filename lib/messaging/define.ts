import type * as v from 'valibot';
import type { SenderKind } from './guard';

/** One message: its payload schema, who may send it, and (as a phantom type) what it returns. */
export interface MessageDef<S extends v.GenericSchema, R> {
  readonly schema: S;
  readonly senders: readonly SenderKind[];
  /** Phantom: never set at run time; carries the return type into `ProtocolOf`. */
  readonly returns?: R;
}

/**
 * Declares a message. The return type is given first, then the payload schema and the senders.
 * @example const getAuthState = message<AuthState>()(v.undefined(), ['extension-page']);
 */
export function message<R>() {
  return <S extends v.GenericSchema>(schema: S, senders: readonly SenderKind[]): MessageDef<S, R> => ({
    schema,
    senders,
  });
}

// any: the generic bound must accept every MessageDef, whatever its schema and return type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDef = MessageDef<v.GenericSchema, any>;

/** webext-core's function-signature protocol map, derived from message definitions. */
export type ProtocolOf<M extends Record<string, AnyDef>> = {
  [K in keyof M]: (
    data: v.InferOutput<M[K]['schema']>,
  ) => M[K] extends MessageDef<v.GenericSchema, infer R> ? R : never;
};
