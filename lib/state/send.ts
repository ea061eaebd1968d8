import type { MessageName, ProtocolMap } from '../messaging/protocol';

/** The typed sender a store is given (the real one is lib/messaging/client's sendMessage). */
export type Send = <K extends MessageName>(
  name: K,
  data: Parameters<ProtocolMap[K]>[0],
) => Promise<ReturnType<ProtocolMap[K]>>;
