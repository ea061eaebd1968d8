import type { PersonRef } from '../../lib/messaging/protocol';
import { panelPeople, prospectFor, uncachedUrls } from '../../lib/state/sidepanel-selectors';
import type { SidepanelState } from '../../lib/state/sidepanel-store';
import { SaveBar } from '../popup/save-bar';
import { Section } from '../ui/section';
import type { FinderRequest } from './finder-form';
import { ProfileCard } from './profile-card';
import { ResultsView } from './results-view';

export interface PanelViewProps {
  readonly state: SidepanelState;
  readonly balance: number | null;
  readonly onCopy: (email: string) => void;
}

function finderDefaults(person: PersonRef, state: SidepanelState): FinderRequest {
  const entry = state.profiles[person.url];
  const prospect = entry?.status === 'done' ? entry.prospect : undefined;
  const [first = '', ...rest] = (person.name ?? '').split(/\s+/);
  return {
    firstName: prospect?.firstName ?? first,
    lastName: prospect?.lastName ?? rest.join(' '),
    domain: prospect?.companyDomain ?? valueOfDomain(state),
  };
}

function valueOfDomain(state: SidepanelState): string {
  return state.context.status === 'ready' || state.context.status === 'loading'
    ? (state.context.value?.domain ?? '')
    : '';
}

/** What the panel shows for the tab: one profile, a results list, or a hint. */
export function PanelView({ state, balance, onCopy }: PanelViewProps) {
  const context = state.context.status === 'idle' ? undefined : state.context.value;
  const people = panelPeople(state);
  const isResults = context?.kind === 'linkedin-search' && state.focus === null;
  if (people.length === 0) {
    return (
      <p class="muted" aria-busy={state.context.status === 'loading'}>
        {context?.kind === 'linkedin-profile'
          ? 'Reading the profile…'
          : 'Open a LinkedIn profile, search results or a Sales Navigator list to see its people here.'}
      </p>
    );
  }
  if (isResults) {
    const items = people.map((person) => ({
      url: person.url,
      entry: state.profiles[person.url],
      prospect: prospectFor(person, state.profiles[person.url]),
    }));
    const job = state.jobs.find((j) => j.id === state.jobId) ?? null;
    return (
      <ResultsView
        state={state}
        items={items}
        uncachedCount={uncachedUrls(state, state.selected).length}
        job={job}
        balance={balance}
        onCopy={onCopy}
      />
    );
  }
  const person = people[0] ?? { url: '' };
  const entry = state.profiles[person.url];
  const prospect = prospectFor(person, entry, state.finder[person.url]);
  return (
    <Section title={state.focus?.url === person.url ? 'Selected profile' : 'Profile on this page'}>
      <ProfileCard
        person={person}
        prospect={prospect}
        entry={entry}
        finder={state.finder[person.url]}
        finderDefaults={finderDefaults(person, state)}
        membership={state.membership[prospect.key]}
        onEnrich={() => void state.enrich([person.url])}
        onFind={(request) => void state.findEmail(person.url, request)}
        onCopy={onCopy}
      />
      {state.focus ? (
        <button type="button" class="btn btn-small" onClick={state.dismissFocus}>
          Back to this tab
        </button>
      ) : null}
      <SaveBar
        selectedCount={1}
        lists={state.lists.status === 'idle' ? [] : (state.lists.value ?? [])}
        campaigns={state.campaigns.status === 'idle' ? [] : (state.campaigns.value ?? [])}
        listId={state.listId}
        campaignId={state.campaignId}
        onSelectList={(id) => void state.selectList(id)}
        onSelectCampaign={state.selectCampaign}
        onCreateList={(name) => void state.createList(name)}
        isCreatingList={state.isCreatingList}
        isSaving={state.isSaving}
        onAdd={(target) => void state.save(target, [person.url])}
        onExport={() => {
          state.toggleAll(false);
          state.toggle(person.url, true);
          state.exportSelected();
        }}
      />
    </Section>
  );
}
