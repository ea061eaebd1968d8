import { useId } from 'preact/hooks';
import type { SnovCampaign, SnovList } from '../../lib/messaging/protocol/dto';

export interface CampaignPickerProps {
  readonly campaigns: readonly SnovCampaign[];
  readonly lists: readonly SnovList[];
  readonly value: number | null;
  readonly onChange: (campaignId: number | null) => void;
}

/** Pick a campaign; says which list its prospects go to, since that is where they are saved. */
export function CampaignPicker({ campaigns, lists, value, onChange }: CampaignPickerProps) {
  const id = useId();
  const chosen = campaigns.find((c) => c.id === value);
  const list = chosen?.listId == null ? undefined : lists.find((l) => l.id === chosen.listId);
  return (
    <div class="field">
      <label for={id}>Campaign</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        aria-describedby={chosen ? `${id}-note` : undefined}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          onChange(raw === '' ? null : Number(raw));
        }}
      >
        <option value="">Choose a campaign…</option>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={String(campaign.id)} disabled={campaign.listId === null}>
            {campaign.name} ({campaign.status})
          </option>
        ))}
      </select>
      {chosen ? (
        <span id={`${id}-note`} class="hint">
          {chosen.listId === null
            ? 'This campaign has no list, so prospects cannot be added to it.'
            : `Goes to the campaign's list: ${list?.name ?? `list #${chosen.listId}`}`}
        </span>
      ) : null}
    </div>
  );
}
