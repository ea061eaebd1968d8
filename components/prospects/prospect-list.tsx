import type { EmailInfo, Membership, Prospect } from '../../lib/messaging/protocol';
import { ProspectRow } from './prospect-row';

export interface ProspectListProps {
  /** Accessible name of the list, e.g. "Prospects at acme.com". */
  readonly label: string;
  readonly prospects: readonly Prospect[];
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (key: string, isSelected: boolean) => void;
  readonly onToggleAll: (isSelected: boolean) => void;
  readonly membership?: Readonly<Record<string, Membership>> | undefined;
  readonly verifications?: Readonly<Record<string, EmailInfo | null>> | undefined;
  readonly checking?: ReadonlySet<string> | undefined;
  readonly revealing?: ReadonlySet<string> | undefined;
  readonly onCopy: (email: string) => void;
  readonly onVerify?: ((email: string) => void) | undefined;
  readonly onReveal?: ((prospect: Prospect) => void) | undefined;
  /** Shown when there is nobody to list. */
  readonly emptyText?: string;
}

/** Selectable prospects with a "Select all" box; generic, shared by the popup and the side panel. */
export function ProspectList(props: ProspectListProps) {
  const { prospects, selected } = props;
  if (prospects.length === 0) return <p class="muted">{props.emptyText ?? 'No prospects.'}</p>;
  const selectedHere = prospects.filter((p) => selected.has(p.key)).length;
  const isAll = selectedHere === prospects.length;
  return (
    <div class="prospect-list">
      <div class="spread">
        <label class="row">
          <input
            type="checkbox"
            checked={isAll}
            ref={(el) => {
              if (el) el.indeterminate = selectedHere > 0 && !isAll;
            }}
            onChange={(event) => {
              props.onToggleAll(event.currentTarget.checked);
            }}
          />
          Select all
        </label>
        <span class="muted small" aria-live="polite">
          {selected.size} selected
        </span>
      </div>
      <ul class="prospects" aria-label={props.label}>
        {prospects.map((prospect) => (
          <ProspectRow
            key={prospect.key}
            prospect={prospect}
            isSelected={selected.has(prospect.key)}
            onToggle={props.onToggle}
            membership={props.membership?.[prospect.key]}
            verifications={props.verifications}
            checking={props.checking}
            onCopy={props.onCopy}
            onVerify={props.onVerify}
            onReveal={props.onReveal}
            isRevealing={props.revealing?.has(prospect.key) ?? false}
          />
        ))}
      </ul>
    </div>
  );
}
