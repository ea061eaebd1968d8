/**
 * The content scripts' only channel to the background: `reportLinkedInPage` (LinkedIn content script)
 * and `reportPageEvidence` (page-detect).
 *
 * Why not `@webext-core/messaging` here: its client and error (de)serialiser add about 3.5 kB to a
 * bundle that must stay small (LinkedIn runs it on every page, page-detect on every granted site), and
 * the type-only import below keeps the payload schemas (valibot) out too; the background validates
 * every payload anyway (lib/messaging/guard.ts). The envelope is webext-core 4's wire format
 * (`{ id, type, data, timestamp }` answered by `{ res }` or `{ err }`);
 * tests/unit/lib/content/send-report.test.ts checks it against the real library, so an upgrade that
 * changes the format fails there.
 */
import type { ProtocolMap } from '../messaging/protocol';
import type { LinkedInPageSnapshot } from './linkedin-page';

/** The messages a content script may send. */
export type ContentMessage = 'reportLinkedInPage' | 'reportPageEvidence';

/** A content message's payload. */
export type ContentPayload<K extends ContentMessage> = Parameters<ProtocolMap[K]>[0];

/** `browser.runtime.sendMessage`, injected so this module loads in Node. */
export type RuntimeSend = (message: unknown) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Creates a sender of content messages; each call resolves with the background's answer and rejects
 * when the background is unreachable or threw.
 *
 * @example createContentSender((m) => browser.runtime.sendMessage(m))('reportPageEvidence', report)
 */
export function createContentSender(
  send: RuntimeSend,
): <K extends ContentMessage>(type: K, data: ContentPayload<K>) => Promise<unknown> {
  let nextId = Math.floor(Math.random() * 10_000);
  return async (type, data) => {
    nextId += 1;
    const answer = await send({ id: nextId, type, data, timestamp: Date.now() });
    if (!isRecord(answer)) throw new Error('No response');
    if (answer['err'] !== undefined && answer['err'] !== null)
      throw new Error('The background refused the report');
    return answer['res'];
  };
}

/**
 * Creates the LinkedIn report sender: a snapshot becomes one `reportLinkedInPage` message. When it
 * extends the last one sent (same URL and kind, the earlier people kept as they were: the watcher's
 * incremental reads), only the new people go, with `append: true`; the background merges them. A
 * failed send makes the next report a full one.
 */
export function createReportSender(send: RuntimeSend): (snapshot: LinkedInPageSnapshot) => Promise<unknown> {
  const sendMessage = createContentSender(send);
  let last: { snapshot: LinkedInPageSnapshot; count: number } | undefined;
  return async (snapshot) => {
    const people = snapshot.people;
    const from = last !== undefined && isExtensionOf(snapshot, last.snapshot, last.count) ? last.count : -1;
    last = { snapshot, count: people.length };
    try {
      return await sendMessage('reportLinkedInPage', {
        url: snapshot.url,
        kind: snapshot.kind,
        people: from < 0 ? [...people] : people.slice(from),
        ...(snapshot.companyLinkedIn === undefined ? {} : { companyLinkedIn: snapshot.companyLinkedIn }),
        ...(from < 0 ? {} : { append: true as const }),
      });
    } catch (error) {
      last = undefined;
      throw error;
    }
  };
}

// Same page, and the first `count` people are the very objects sent last time (readAdded appends to them).
function isExtensionOf(next: LinkedInPageSnapshot, previous: LinkedInPageSnapshot, count: number): boolean {
  return (
    next.url === previous.url &&
    next.kind === previous.kind &&
    next.companyLinkedIn === previous.companyLinkedIn &&
    next.people.length > count &&
    count > 0 &&
    next.people[count - 1] === previous.people[count - 1]
  );
}
