import { vi } from 'vitest';
import type { MessageName, ProtocolMap } from '../../../../lib/messaging/protocol';
import type { Send } from '../../../../lib/state/send';

export type FakeHandlers = {
  [K in MessageName]?: (data: Parameters<ProtocolMap[K]>[0]) => ReturnType<ProtocolMap[K]>;
};

/** A fake background: answers the messages it has handlers for, records every call. */
export function fakeSend(handlers: FakeHandlers): {
  send: Send;
  calls: { name: MessageName; data: unknown }[];
} {
  const calls: { name: MessageName; data: unknown }[] = [];
  const send = vi.fn((name: MessageName, data: unknown) => {
    calls.push({ name, data });
    const handler = handlers[name] as ((d: unknown) => unknown) | undefined;
    if (!handler) return Promise.reject(new Error(`no handler for ${name}`));
    return Promise.resolve(handler(data));
  }) as unknown as Send;
  return { send, calls };
}
