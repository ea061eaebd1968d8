/**
 * The only definition of what crosses a context boundary (STYLE.md §4.8). Each feature declares
 * its messages in protocol/<feature>.ts with `message<Return>()(payloadSchema, senders)`; this
 * file merges them into the ProtocolMap, the payload schemas and the sender policy, so the three
 * cannot drift apart.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as v from 'valibot';
import type { SenderKind } from './guard';
import type { ProtocolOf } from './define';
import { authMessages } from './protocol/auth';
import { pageMessages } from './protocol/page';
import { prospectingMessages } from './protocol/prospecting';
import { outreachMessages } from './protocol/outreach';

export type { AuthState } from './protocol/auth';
export type * from './protocol/dto';
export type {
  DomainProspectsPage,
  DomainEmailsPage,
  Membership,
  ProfileEntry,
  ProspectInput,
} from './protocol/prospecting';

/** Every message, by name. */
export const messages = {
  ...authMessages,
  ...pageMessages,
  ...prospectingMessages,
  ...outreachMessages,
};

export type MessageName = keyof typeof messages;
export type ProtocolMap = ProtocolOf<typeof messages>;

/** Payload schema per message, for the guard. */
export const payloadSchemas: Readonly<Record<string, v.GenericSchema>> = Object.fromEntries(
  Object.entries(messages).map(([name, def]) => [name, def.schema]),
);

/** Which senders may send each message, for the guard. */
export const senderPolicy: Readonly<Record<string, readonly SenderKind[]>> = Object.fromEntries(
  Object.entries(messages).map(([name, def]) => [name, def.senders]),
);

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
