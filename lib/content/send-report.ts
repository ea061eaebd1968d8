/**
 * The content script's only channel to the background: one message, `reportLinkedInPage`.
 *
 * Why not `@webext-core/messaging` here: its client and error (de)serialiser add about 3.5 kB to a
 * bundle that must stay small (LinkedIn runs it on every page), and the type-only import below keeps
 * the payload schemas (valibot) out too; the background validates every payload anyway
 * (lib/messaging/guard.ts). The envelope is webext-core 4's wire format (`{ id, type, data, timestamp }`
 * answered by `{ res }` or `{ err }`); tests/unit/lib/content/send-report.test.ts checks it against the
 * real library, so an upgrade that changes the format fails there.
 */
import type { ProtocolMap } from '../messaging/protocol';
import type { LinkedInPageSnapshot } from './linkedin-page';

type ReportPayload = Parameters<ProtocolMap['reportLinkedInPage']>[0];

/** `browser.runtime.sendMessage`, injected so this module loads in Node. */
export type RuntimeSend = (message: unknown) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Creates the report sender; it resolves with the background's answer and rejects when the
 * background is unreachable or threw.
 */
export function createReportSender(send: RuntimeSend): (snapshot: LinkedInPageSnapshot) => Promise<unknown> {
  let nextId = Math.floor(Math.random() * 10_000);
  return async (snapshot) => {
    const data: ReportPayload = {
      url: snapshot.url,
      kind: snapshot.kind,
      people: [...snapshot.people],
      ...(snapshot.companyLinkedIn === undefined ? {} : { companyLinkedIn: snapshot.companyLinkedIn }),
    };
    nextId += 1;
    const answer = await send({ id: nextId, type: 'reportLinkedInPage', data, timestamp: Date.now() });
    if (!isRecord(answer)) throw new Error('No response');
    if (answer['err'] !== undefined && answer['err'] !== null)
      throw new Error('The background refused the report');
    return answer['res'];
  };
}
