import type { ReplyItem } from '../../messaging/protocol/outreach';
import type { ReplyThread } from '../../api/schemas/outreach/analytics';

/** FNV-1a, 32 bits: a short, stable fingerprint (not a security boundary). */
function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A URL-safe key for one reply: its time (digits only) and a fingerprint of who, how and what.
 * Assumption: all-replies has no reply id (REFERENCE.md §14), so identity is derived from content.
 * @example replyKey({ ... receivedAt: '2026-05-01T10:00:00.000Z' }) // '20260501100000000-1a2b3c4d'
 */
export function replyKey(
  thread: Pick<ReplyThread, 'prospectId' | 'replyType'>,
  reply: { readonly receivedAt: string; readonly message: string },
): string {
  const time = reply.receivedAt.replace(/\D/gu, '').slice(0, 17);
  return `${time}-${fnv1a(`${thread.prospectId}|${thread.replyType}|${reply.receivedAt}|${reply.message}`)}`;
}

/** All-replies threads → one item per reply, newest first. */
export function flattenReplies(threads: readonly ReplyThread[]): ReplyItem[] {
  const items = threads.flatMap((thread) =>
    thread.replies.map((reply) => ({
      key: replyKey(thread, reply),
      campaignId: thread.campaignId,
      campaign: thread.campaign,
      prospectName: thread.prospectName,
      prospectEmail: thread.prospectEmail,
      linkedInProfile: thread.linkedInProfile,
      replyType: thread.replyType,
      subject: reply.subject,
      message: reply.message,
      receivedAt: reply.receivedAt,
    })),
  );
  return items.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
}

/** The first non-empty line of a reply, for a notification (≤ 160 characters). */
export function firstLine(message: string): string {
  const line =
    message
      .split(/\r?\n/u)
      .map((part) => part.trim())
      .find((part) => part !== '') ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
