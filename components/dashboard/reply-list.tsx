import { useEffect, useRef } from 'preact/hooks';
import type { ReplyItem } from '../../lib/messaging/protocol/outreach';
import { EmailText } from './email-text';
import { formatDateTime } from './format';

const CHANNEL: Readonly<Record<string, string>> = {
  email: 'E-mail',
  linkedinMessage: 'LinkedIn message',
  linkedinInvite: 'LinkedIn invitation note',
  linkedinInMail: 'LinkedIn InMail',
};

export interface ReplyListProps {
  readonly replies: readonly ReplyItem[];
  /** The reply a notification opened: marked, scrolled to and focused. */
  readonly currentKey?: string | undefined;
}

/** Replies, newest first; the text is shown as text, never as HTML. */
export function ReplyList({ replies, currentKey }: ReplyListProps) {
  const current = useRef<HTMLElement>(null);
  useEffect(() => {
    current.current?.focus();
  }, [currentKey, replies.length]);
  if (replies.length === 0) return <p class="muted">No replies yet.</p>;
  return (
    <ul class="replies" aria-label="Replies">
      {replies.map((reply) => {
        const isCurrent = reply.key === currentKey;
        const who = reply.prospectName ?? reply.prospectEmail ?? 'A prospect';
        return (
          <li key={reply.key}>
            <article
              ref={isCurrent ? current : null}
              tabIndex={-1}
              class={isCurrent ? 'reply reply-current' : 'reply'}
              aria-current={isCurrent ? 'true' : undefined}
              aria-label={`Reply from ${who}`}
            >
              <p class="spread">
                <strong>{who}</strong>
                <span class="muted">
                  {CHANNEL[reply.replyType] ?? reply.replyType} · {formatDateTime(reply.receivedAt)}
                </span>
              </p>
              {reply.prospectEmail && reply.prospectName ? <p class="muted">{reply.prospectEmail}</p> : null}
              {reply.subject ? <p>{reply.subject}</p> : null}
              <EmailText html={reply.message} label={`Message from ${who}`} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
