import { useId } from 'preact/hooks';
import type { Membership, ProfileEntry, Prospect } from '../../lib/messaging/protocol';
import { MembershipBadge } from '../prospects/membership-badge';
import { SafeLink } from '../prospects/safe-link';
import { PersonDetails } from './person-details';
import { ProfileStatus } from './profile-status';

export interface PersonRowProps {
  /** The page's person, or their enriched prospect once known. */
  readonly prospect: Prospect;
  readonly url: string;
  readonly entry: ProfileEntry | undefined;
  readonly isSelected: boolean;
  readonly membership: Membership | undefined;
  readonly onToggle: (url: string, isSelected: boolean) => void;
  readonly onCopy: (email: string) => void;
}

/** One profile of a results page: a checkbox named after the person, their state, and e-mails when known. */
export function PersonRow({
  prospect,
  url,
  entry,
  isSelected,
  membership,
  onToggle,
  onCopy,
}: PersonRowProps) {
  const id = useId();
  return (
    <li class={`person-row${entry?.status === 'failed' ? ' is-failed' : ''}`} aria-labelledby={`${id}-name`}>
      <div class="row wrap">
        <input
          id={id}
          type="checkbox"
          checked={isSelected}
          onChange={(event) => {
            onToggle(url, event.currentTarget.checked);
          }}
        />
        <label for={id} id={`${id}-name`} class="person-name">
          {prospect.name}
        </label>
        <ProfileStatus entry={entry} />
        <MembershipBadge membership={membership} />
        <SafeLink href={url} label={`LinkedIn profile of ${prospect.name}`}>
          in
        </SafeLink>
      </div>
      <PersonDetails prospect={prospect} onCopy={onCopy} />
    </li>
  );
}
