import { storage } from '#imports';
import * as v from 'valibot';

/** Replies kept per campaign: enough to recognise every reply all-replies can page back. */
const MAX_SEEN = 2000;

/** What the reply poller remembers across worker restarts (local: it must outlive the browser session). */
export const ReplyStateSchema = v.object({
  /** When notifications were switched on: replies of a campaign never polled before count as new only after this. */
  since: v.fallback(v.nullable(v.number()), null),
  /** Campaign id → keys of replies already seen (notified or baselined). */
  seen: v.fallback(v.record(v.string(), v.array(v.string())), {}),
  /** New replies not yet looked at: the badge count. */
  unread: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
export type ReplyState = v.InferOutput<typeof ReplyStateSchema>;

export const EMPTY_REPLY_STATE: ReplyState = { since: null, seen: {}, unread: 0 };

/** Where the poller's memory lives; a storage item in the extension, a plain object in tests. */
export interface ReplyStore {
  read(): Promise<ReplyState>;
  write(state: ReplyState): Promise<void>;
}

const replyStateItem = storage.defineItem<unknown>('local:outreach-replies', { fallback: EMPTY_REPLY_STATE });

/** The reply memory in `local:outreach-replies`, parsed on every read (never trusts an older shape). */
export const replyStore: ReplyStore = {
  read: async () => {
    const parsed = v.safeParse(ReplyStateSchema, await replyStateItem.getValue());
    return parsed.success ? parsed.output : EMPTY_REPLY_STATE;
  },
  write: (state) => replyStateItem.setValue(state),
};

/** Adds keys to a campaign's seen list, newest kept when over the cap. */
export function remember(seen: readonly string[], keys: readonly string[]): string[] {
  const merged = [...new Set([...seen, ...keys])];
  return merged.length > MAX_SEEN ? merged.slice(merged.length - MAX_SEEN) : merged;
}
