import type { JobView } from '../../lib/messaging/protocol';
import type { SidepanelState } from '../../lib/state/sidepanel-store';
import { SaveBar } from '../popup/save-bar';
import { Section } from '../ui/section';
import { EnrichBar } from './enrich-bar';
import { PeopleList } from './people-list';
import type { PeopleListItem } from './people-list';

export interface ResultsViewProps {
  readonly state: SidepanelState;
  readonly items: readonly PeopleListItem[];
  readonly uncachedCount: number;
  readonly job: JobView | null;
  readonly balance: number | null;
  readonly onCopy: (email: string) => void;
}

/** A search, list or Sales Navigator page: pick profiles, enrich them, save them. */
export function ResultsView({ state, items, uncachedCount, job, balance, onCopy }: ResultsViewProps) {
  const selected = new Set(state.selected);
  const count = items.filter((item) => selected.has(item.url)).length;
  return (
    <Section title={`Profiles on this page (${items.length})`}>
      <PeopleList
        items={items}
        selected={selected}
        membership={state.membership}
        onToggle={state.toggle}
        onToggleAll={state.toggleAll}
        onCopy={onCopy}
      />
      <EnrichBar
        selectedCount={count}
        uncachedCount={uncachedCount}
        balance={balance}
        job={job}
        onEnrich={() => void state.enrichSelected()}
      />
      <SaveBar
        selectedCount={count}
        lists={state.lists.status === 'idle' ? [] : (state.lists.value ?? [])}
        campaigns={state.campaigns.status === 'idle' ? [] : (state.campaigns.value ?? [])}
        listId={state.listId}
        campaignId={state.campaignId}
        onSelectList={(id) => void state.selectList(id)}
        onSelectCampaign={state.selectCampaign}
        onCreateList={(name) => void state.createList(name)}
        isCreatingList={state.isCreatingList}
        isSaving={state.isSaving}
        onAdd={(target) => void state.save(target, state.selected)}
        onExport={state.exportSelected}
      />
    </Section>
  );
}
