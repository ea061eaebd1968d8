import type { Membership, ProfileEntry, Prospect } from '../../lib/messaging/protocol';
import { PersonRow } from './person-row';

export interface PeopleListItem {
  readonly url: string;
  readonly prospect: Prospect;
  readonly entry: ProfileEntry | undefined;
}

export interface PeopleListProps {
  readonly items: readonly PeopleListItem[];
  readonly selected: ReadonlySet<string>;
  readonly membership: Readonly<Record<string, Membership>>;
  readonly onToggle: (url: string, isSelected: boolean) => void;
  readonly onToggleAll: (isSelected: boolean) => void;
  readonly onCopy: (email: string) => void;
}

/** Every profile detected on a results page, selectable, with "Select all". */
export function PeopleList({ items, selected, membership, onToggle, onToggleAll, onCopy }: PeopleListProps) {
  if (items.length === 0)
    return <p class="muted">No profiles detected yet. Scroll the results to load more.</p>;
  const count = items.filter((item) => selected.has(item.url)).length;
  const isAll = count === items.length;
  return (
    <div class="people-list">
      <div class="spread">
        <label class="row">
          <input
            type="checkbox"
            checked={isAll}
            ref={(element) => {
              if (element) element.indeterminate = count > 0 && !isAll;
            }}
            onChange={(event) => {
              onToggleAll(event.currentTarget.checked);
            }}
          />
          Select all {items.length}
        </label>
        <span class="muted small">{count} selected</span>
      </div>
      <ul class="people" aria-label="Profiles on this page">
        {items.map((item) => (
          <PersonRow
            key={item.url}
            url={item.url}
            prospect={item.prospect}
            entry={item.entry}
            isSelected={selected.has(item.url)}
            membership={membership[item.prospect.key]}
            onToggle={onToggle}
            onCopy={onCopy}
          />
        ))}
      </ul>
    </div>
  );
}
