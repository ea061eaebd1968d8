/**
 * Registers every message handler through the guard (STYLE.md §4.8): a handler runs only for a
 * message from our own extension, from an allowed sender kind, with a payload that parsed.
 * Every refusal is logged as a structured event, never with the payload itself.
 */
import type { AcceptedMessage, Rejection, SelfIdentity, SenderFields } from '../messaging/guard';
import { guardMessage } from '../messaging/guard';
import type { MessageName, ProtocolMap } from '../messaging/protocol';
import { messages, onMessage, payloadSchemas, senderPolicy } from '../messaging/protocol';
import { log } from '../log';

/** Who sent an accepted message. */
export interface HandlerContext {
  readonly sender: AcceptedMessage['sender'];
  /** The sender's tab (content scripts; extension pages opened in a tab). */
  readonly tabId: number | undefined;
}

/** One implementation per message. */
export type Handlers = {
  [K in MessageName]: (
    data: Parameters<ProtocolMap[K]>[0],
    context: HandlerContext,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** Handles one raw message; exported for tests. Returns undefined when the guard refuses it. */
export async function dispatch(
  handlers: Partial<Handlers>,
  raw: { readonly type: string; readonly data: unknown; readonly sender: SenderFields },
  self: SelfIdentity,
  onRejected: (rejection: Rejection) => void = logRejection,
): Promise<unknown> {
  const accepted = guardMessage(raw, { payloadSchemas, senderPolicy }, self);
  if (!accepted.ok) {
    onRejected(accepted.error);
    return undefined;
  }
  const name = accepted.value.type as MessageName; // checked by the guard against `messages`
  const handler = handlers[name] as
    ((data: unknown, context: HandlerContext) => Promise<unknown>) | undefined;
  if (!handler) {
    log('error', 'message-unhandled', { type: name });
    return undefined;
  }
  return handler(accepted.value.data, { sender: accepted.value.sender, tabId: accepted.value.tabId });
}

function logRejection(rejection: Rejection): void {
  log('warn', 'message-refused', { ...rejection });
}

/**
 * Wires `handlers` to runtime messages. Call synchronously at the top of the background's main.
 * Partial while features land; tests/unit/lib/background/all-handlers.test.ts asserts completeness.
 */
export function registerHandlers(handlers: Partial<Handlers>, self: SelfIdentity): void {
  for (const name of Object.keys(messages) as MessageName[]) {
    onMessage(
      name,
      (message) =>
        dispatch(handlers, { type: message.type, data: message.data, sender: message.sender }, self) as never,
    );
  }
}
