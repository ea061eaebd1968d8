import { useState } from 'preact/hooks';
import type { SnovCampaign, SnovList } from '../../lib/messaging/protocol/dto';
import type { SaveTarget } from '../../lib/state/popup-types';
import { CampaignPicker } from '../prospects/campaign-picker';
import { ListPicker } from '../prospects/list-picker';
import { Button } from '../ui/button';
import { CreditCost } from './credit-cost';

export interface SaveBarProps {
  readonly selectedCount: number;
  readonly lists: readonly SnovList[];
  readonly campaigns: readonly SnovCampaign[];
  readonly listId: number | null;
  readonly campaignId: number | null;
  readonly onSelectList: (listId: number | null) => void;
  readonly onSelectCampaign: (campaignId: number | null) => void;
  readonly onCreateList: (name: string) => void;
  readonly isCreatingList: boolean;
  readonly isSaving: boolean;
  readonly onAdd: (target: SaveTarget) => void;
  readonly onExport: () => void;
}

/** What to do with the selection: add to a list or a campaign's list, or export it. */
export function SaveBar(props: SaveBarProps) {
  const [mode, setMode] = useState<'list' | 'campaign'>('list');
  const count = props.selectedCount;
  const target: SaveTarget | null =
    mode === 'list'
      ? props.listId === null
        ? null
        : { kind: 'list', listId: props.listId }
      : props.campaignId === null
        ? null
        : { kind: 'campaign', campaignId: props.campaignId };
  const noun = `${count} ${count === 1 ? 'prospect' : 'prospects'}`;
  return (
    <div class="save-bar" role="group" aria-label="Selected prospects">
      <div class="row tabs" role="radiogroup" aria-label="Save to">
        {(['list', 'campaign'] as const).map((value) => (
          <label key={value} class="row">
            <input
              type="radio"
              name="save-mode"
              checked={mode === value}
              onChange={() => {
                setMode(value);
              }}
            />
            {value === 'list' ? 'Add to list' : 'Add to campaign'}
          </label>
        ))}
      </div>
      {mode === 'list' ? (
        <ListPicker
          lists={props.lists}
          value={props.listId}
          onChange={props.onSelectList}
          onCreate={props.onCreateList}
          isCreating={props.isCreatingList}
        />
      ) : (
        <CampaignPicker
          campaigns={props.campaigns}
          lists={props.lists}
          value={props.campaignId}
          onChange={props.onSelectCampaign}
        />
      )}
      {count > 0 ? (
        <CreditCost credits={0} balance={null} what="adding prospects to a list spends no credits" />
      ) : null}
      <div class="row wrap">
        <Button
          variant="primary"
          busy={props.isSaving}
          disabled={count === 0 || target === null}
          onClick={() => {
            if (target) props.onAdd(target);
          }}
        >
          {mode === 'list' ? `Add ${noun} to list` : `Add ${noun} to campaign`}
        </Button>
        <Button disabled={count === 0} onClick={props.onExport}>
          Export {noun} to CSV
        </Button>
      </div>
    </div>
  );
}
