import type { Membership, PersonRef, ProfileEntry, Prospect } from '../../lib/messaging/protocol';
import type { Remote } from '../../lib/state/remote';
import { MembershipBadge } from '../prospects/membership-badge';
import { SafeLink } from '../prospects/safe-link';
import { Button } from '../ui/button';
import { FinderForm } from './finder-form';
import type { FinderRequest } from './finder-form';
import { PersonDetails } from './person-details';
import { ProfileStatus } from './profile-status';

export interface ProfileCardProps {
  readonly person: PersonRef;
  readonly prospect: Prospect;
  readonly entry: ProfileEntry | undefined;
  readonly finder: Remote<Prospect> | undefined;
  readonly finderDefaults: FinderRequest;
  readonly membership: Membership | undefined;
  readonly onEnrich: () => void;
  readonly onFind: (request: FinderRequest) => void;
  readonly onCopy: (email: string) => void;
}

/** The person on a profile page: what the page says, then enrichment, e-mails and "Find e-mail". */
export function ProfileCard(props: ProfileCardProps) {
  const { person, prospect, entry, finder } = props;
  const status = entry?.status;
  const hasNoEmail = status === 'not-found' || (status === 'done' && entry?.prospect.emails.length === 0);
  const found = finder?.status === 'ready' ? finder.value : undefined;
  return (
    <article class="profile-card" aria-labelledby="profile-name">
      <div class="spread">
        <h2 id="profile-name">{person.name ?? prospect.name}</h2>
        <SafeLink href={person.url} label={`LinkedIn profile of ${prospect.name}`}>
          LinkedIn
        </SafeLink>
      </div>
      {person.headline ? <p>{person.headline}</p> : null}
      <div class="row wrap">
        <ProfileStatus entry={entry} />
        <MembershipBadge membership={props.membership} />
      </div>
      {status === 'done' || found ? <PersonDetails prospect={prospect} onCopy={props.onCopy} /> : null}
      {status === 'done' && (entry?.prospect.positions?.length ?? 0) > 1 ? (
        <ul class="positions small" aria-label="Positions">
          {entry?.prospect.positions?.map((position, index) => (
            <li key={index}>{[position.title, position.company].filter(Boolean).join(' at ')}</li>
          ))}
        </ul>
      ) : null}
      {status === undefined || status === 'failed' || status === 'pending' ? (
        <Button variant="primary" busy={status === 'pending'} onClick={props.onEnrich}>
          {status === 'failed' ? 'Enrich again' : 'Enrich'}
        </Button>
      ) : null}
      {status === undefined ? (
        <p class="small muted">Up to 1 credit: profile, positions and e-mails.</p>
      ) : null}
      {finder?.status === 'error' ? (
        <p class="error" role="alert">
          Find e-mail failed:{' '}
          {'message' in finder.error && finder.error.message
            ? finder.error.message
            : finder.error.kind.replace('-', ' ')}
        </p>
      ) : null}
      {found?.emails.length === 0 ? <p role="status">No e-mail found for {found.name}.</p> : null}
      {hasNoEmail && !found ? (
        <FinderForm
          initial={props.finderDefaults}
          busy={finder?.status === 'loading'}
          onFind={props.onFind}
        />
      ) : null}
    </article>
  );
}
