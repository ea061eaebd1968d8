import type { TabContext } from '../../lib/messaging/protocol/dto';
import { Button } from '../ui/button';
import { Section } from '../ui/section';

export interface LinkedInContextProps {
  readonly context: TabContext;
  /** Must open the panel synchronously inside the click (it needs the user gesture). */
  readonly onOpenSidePanel: () => void;
}

const TITLES: Readonly<Record<string, string>> = {
  'linkedin-profile': 'LinkedIn profile',
  'linkedin-search': 'LinkedIn search results',
  'linkedin-company': 'LinkedIn company page',
  'linkedin-other': 'LinkedIn',
};

/** On LinkedIn: who is on the page, and the way to the side panel where enrichment happens. */
export function LinkedInContext({ context, onOpenSidePanel }: LinkedInContextProps) {
  const people = context.people.slice(0, 5);
  return (
    <Section title={TITLES[context.kind] ?? 'LinkedIn'}>
      {people.length === 0 ? (
        <p class="muted">No people detected on this page yet. Scroll the page, then reopen.</p>
      ) : (
        <ul class="people" aria-label="People on this page">
          {people.map((person) => (
            <li key={person.url}>
              <strong>{person.name ?? 'Unnamed profile'}</strong>
              {person.headline ? <span class="muted small"> · {person.headline}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {context.people.length > people.length ? (
        <p class="muted small">and {context.people.length - people.length} more</p>
      ) : null}
      <Button variant="primary" onClick={onOpenSidePanel}>
        Open side panel
      </Button>
      <p class="muted small">The side panel finds e-mails for these people and saves them to your lists.</p>
    </Section>
  );
}
