import type { Prospect } from '../../lib/messaging/protocol';
import { EmailRow } from '../prospects/email-row';

export interface PersonDetailsProps {
  readonly prospect: Prospect;
  readonly onCopy: (email: string) => void;
}

/** Position line and e-mails (with their verification status in words) of one person. */
export function PersonDetails({ prospect, onCopy }: PersonDetailsProps) {
  const line = [prospect.position, prospect.company ?? prospect.companyDomain, prospect.location]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {line ? <p class="muted small">{line}</p> : null}
      {prospect.emails.length > 0 ? (
        <ul class="email-list" aria-label={`E-mails of ${prospect.name}`}>
          {prospect.emails.map((info) => (
            <EmailRow key={info.email} email={info.email} info={info} onCopy={onCopy} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
