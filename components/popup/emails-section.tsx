import type { EmailInfo } from '../../lib/messaging/protocol/dto';
import type { EmailsState } from '../../lib/state/popup-types';
import type { Remote } from '../../lib/state/remote';
import { EmailRow } from '../prospects/email-row';
import { Section } from '../ui/section';
import { RemoteStatus } from './remote-status';

export interface EmailsSectionProps {
  readonly title: string;
  readonly emails: Remote<EmailsState>;
  readonly verifications: Readonly<Record<string, EmailInfo | null>>;
  readonly checking: ReadonlySet<string>;
  readonly onCopy: (email: string) => void;
  readonly onVerify: (email: string) => void;
  readonly onMore: () => void;
  readonly onRetry: () => void;
  readonly emptyText: string;
}

/** Domain e-mails or generic contacts, with their count and cursor paging ("Show more"). */
export function EmailsSection(props: EmailsSectionProps) {
  const value = props.emails.status === 'idle' ? undefined : props.emails.value;
  const count = value ? `${value.total} ${value.total === 1 ? 'e-mail' : 'e-mails'}` : null;
  return (
    <Section
      title={props.title}
      aside={count ? <span class="muted small">{count}</span> : null}
      busy={props.emails.status === 'loading'}
    >
      {value?.emails.length === 0 ? <p class="muted">{props.emptyText}</p> : null}
      {value && value.emails.length > 0 ? (
        <ul class="email-list" aria-label={props.title}>
          {value.emails.map((email) => (
            <EmailRow
              key={email}
              email={email}
              info={props.verifications[email]}
              checking={props.checking.has(email)}
              onCopy={props.onCopy}
              onVerify={props.onVerify}
            />
          ))}
        </ul>
      ) : null}
      <RemoteStatus
        status={props.emails.status}
        error={props.emails.status === 'error' ? props.emails.error : undefined}
        loadingText="Loading e-mails…"
        onRetry={props.onRetry}
      />
      {value?.next && props.emails.status !== 'loading' ? (
        <button type="button" class="btn btn-small" onClick={props.onMore}>
          Show more {props.title.toLowerCase()}
        </button>
      ) : null}
    </Section>
  );
}
