import { useId } from 'preact/hooks';
import type { EmailInfo, Membership, Prospect } from '../../lib/messaging/protocol';
import { EmailRow } from './email-row';
import { MembershipBadge } from './membership-badge';
import { SafeLink } from './safe-link';

export interface ProspectRowProps {
  readonly prospect: Prospect;
  readonly isSelected: boolean;
  readonly onToggle: (key: string, isSelected: boolean) => void;
  readonly membership?: Membership | undefined;
  /** Fresh verification results by address; they win over the statuses the prospect came with. */
  readonly verifications?: Readonly<Record<string, EmailInfo | null>> | undefined;
  readonly checking?: ReadonlySet<string> | undefined;
  readonly onCopy: (email: string) => void;
  readonly onVerify?: ((email: string) => void) | undefined;
  /** Domain-search prospects: fetch their e-mail (may cost a credit). */
  readonly onReveal?: ((prospect: Prospect) => void) | undefined;
  readonly isRevealing?: boolean;
}

/** One selectable prospect with position, membership and e-mails. */
export function ProspectRow(props: ProspectRowProps) {
  const { prospect } = props;
  const id = useId();
  const canReveal = props.onReveal && prospect.prospectHash && prospect.emails.length === 0;
  return (
    <li class="prospect-row" aria-labelledby={`${id}-name`}>
      <div class="row">
        <input
          id={id}
          type="checkbox"
          checked={props.isSelected}
          aria-describedby={`${id}-position`}
          onChange={(event) => {
            props.onToggle(prospect.key, event.currentTarget.checked);
          }}
        />
        <label for={id} id={`${id}-name`} class="prospect-name">
          {prospect.name}
        </label>
        <MembershipBadge membership={props.membership} />
        <SafeLink href={prospect.linkedinUrl} label={`LinkedIn profile of ${prospect.name}`}>
          in
        </SafeLink>
      </div>
      <p id={`${id}-position`} class="muted small">
        {[prospect.position, prospect.company ?? prospect.companyDomain].filter(Boolean).join(' · ') ||
          'Position unknown'}
      </p>
      {prospect.emails.length > 0 ? (
        <ul class="email-list" aria-label={`E-mails of ${prospect.name}`}>
          {prospect.emails.map((info) => (
            <EmailRow
              key={info.email}
              email={info.email}
              info={props.verifications?.[info.email] ?? info}
              checking={props.checking?.has(info.email) ?? false}
              onCopy={props.onCopy}
              onVerify={props.onVerify}
            />
          ))}
        </ul>
      ) : null}
      {canReveal ? (
        <button
          type="button"
          class="btn btn-small"
          aria-busy={props.isRevealing ?? false}
          disabled={props.isRevealing}
          onClick={() => props.onReveal?.(prospect)}
        >
          Get e-mail of {prospect.name} (1 credit if found)
        </button>
      ) : null}
    </li>
  );
}
