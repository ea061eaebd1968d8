/**
 * Sender rules for every message the background accepts.
 *
 * Defends against: web pages and other extensions (no onMessageExternal, and `sender.id` must be
 * ours), content scripts in subframes or on hostile pages asking for privileged work (each message
 * names which sender kinds may send it), and malformed or oversized payloads (every payload is
 * parsed by a strict schema: unknown keys, wrong types and `__proto__` tricks are refused).
 *
 * Senders are classified only by fields the browser stamps on the message (`id`, `url`, `tab`,
 * `frameId`), never by anything in the payload. A content script can never run in our own origin,
 * so a sender URL in our origin is an extension page even when that page sits in a tab (the
 * dashboard, a popup opened as a tab, Firefox's sidebar).
 */
import * as v from 'valibot';
import type { Result } from '../result';
import { err, ok } from '../result';

/** Who sent a message, as far as the browser tells us. */
export type SenderKind = 'extension-page' | 'content-top-frame' | 'content-subframe';

/** The browser-set fields of `runtime.MessageSender` the guard reads. */
export interface SenderFields {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly frameId?: number | undefined;
  readonly tab?: { readonly id?: number | undefined } | undefined;
}

/** Why a message was refused, for the security log. */
export type Rejection =
  | { readonly reason: 'foreign-sender' }
  | { readonly reason: 'unknown-sender' }
  | { readonly reason: 'unknown-type'; readonly type: string }
  | { readonly reason: 'sender-not-allowed'; readonly type: string; readonly sender: SenderKind }
  | { readonly reason: 'invalid-payload'; readonly type: string; readonly issue: string };

/** Our own identity, from `browser.runtime`. */
export interface SelfIdentity {
  readonly extensionId: string;
  /** `browser.runtime.getURL('')`, e.g. `chrome-extension://abc/`. */
  readonly extensionOrigin: string;
}

/** Classifies a sender, or refuses it. */
export function classifySender(sender: SenderFields, self: SelfIdentity): Result<SenderKind, Rejection> {
  if (sender.id !== self.extensionId) return err({ reason: 'foreign-sender' });
  if (typeof sender.url === 'string' && sender.url.startsWith(self.extensionOrigin))
    return ok('extension-page');
  if (sender.tab?.id !== undefined && typeof sender.frameId === 'number') {
    return ok(sender.frameId === 0 ? 'content-top-frame' : 'content-subframe');
  }
  return err({ reason: 'unknown-sender' });
}

/** What the guard needs to know about each message type. */
export interface MessageRules {
  readonly payloadSchemas: Readonly<Record<string, v.GenericSchema>>;
  readonly senderPolicy: Readonly<Record<string, readonly SenderKind[]>>;
}

/** A message that passed every check, with its parsed payload and sender. */
export interface AcceptedMessage {
  readonly type: string;
  readonly data: unknown;
  readonly sender: SenderKind;
  readonly tabId: number | undefined;
}

/** Runs every check in order: identity, sender kind, type, policy, payload. */
export function guardMessage(
  input: { readonly type: string; readonly data: unknown; readonly sender: SenderFields },
  rules: MessageRules,
  self: SelfIdentity,
): Result<AcceptedMessage, Rejection> {
  const kind = classifySender(input.sender, self);
  if (!kind.ok) return kind;
  const { type } = input;
  if (!Object.hasOwn(rules.payloadSchemas, type) || !Object.hasOwn(rules.senderPolicy, type)) {
    return err({ reason: 'unknown-type', type: type.slice(0, 64) });
  }
  const allowed = rules.senderPolicy[type] ?? [];
  if (!allowed.includes(kind.value)) return err({ reason: 'sender-not-allowed', type, sender: kind.value });
  const schema = rules.payloadSchemas[type];
  if (!schema) return err({ reason: 'unknown-type', type });
  const parsed = v.safeParse(schema, input.data);
  if (!parsed.success) {
    const [first] = parsed.issues;
    return err({
      reason: 'invalid-payload',
      type,
      issue: `${v.getDotPath(first) ?? 'data'}: ${first.message}`,
    });
  }
  return ok({ type, data: parsed.output, sender: kind.value, tabId: input.sender.tab?.id });
}
