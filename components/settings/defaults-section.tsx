import { useId, useState } from 'preact/hooks';
import type { SnovList } from '../../lib/messaging/protocol/dto';
import { Button } from '../ui/button';

export interface DefaultsSectionProps {
  readonly lists: readonly SnovList[];
  readonly defaultListId: number | null;
  readonly cacheTtlHours: number;
  readonly onDefaultList: (listId: number | null) => void;
  readonly onCacheTtl: (hours: number) => void;
  readonly onClearCache: () => void;
}

/** Default list for "Add to list", and how long paid-for answers are reused. */
export function DefaultsSection(props: DefaultsSectionProps) {
  const id = useId();
  const [ttl, setTtl] = useState(String(props.cacheTtlHours));
  const ttlNumber = Number(ttl);
  const isTtlValid = ttl.trim() !== '' && Number.isInteger(ttlNumber) && ttlNumber >= 0 && ttlNumber <= 2160;
  return (
    <div>
      <div class="field">
        <label for={`${id}-list`}>Default list</label>
        <select
          id={`${id}-list`}
          value={props.defaultListId === null ? '' : String(props.defaultListId)}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            props.onDefaultList(raw === '' ? null : Number(raw));
          }}
        >
          <option value="">None (choose each time)</option>
          {props.lists.map((list) => (
            <option key={list.id} value={String(list.id)}>
              {list.name}
            </option>
          ))}
        </select>
      </div>
      <form
        class="row wrap align-end"
        aria-label="Cache"
        onSubmit={(event) => {
          event.preventDefault();
          if (isTtlValid) props.onCacheTtl(ttlNumber);
        }}
      >
        <div class="field">
          <label for={`${id}-ttl`}>Keep results for (hours)</label>
          <input
            id={`${id}-ttl`}
            type="number"
            min={0}
            max={2160}
            value={ttl}
            aria-invalid={isTtlValid ? undefined : true}
            aria-describedby={`${id}-ttl-hint`}
            onInput={(event) => {
              setTtl(event.currentTarget.value);
            }}
          />
        </div>
        <Button type="submit" disabled={!isTtlValid}>
          Save cache time
        </Button>
        <Button variant="danger" onClick={props.onClearCache}>
          Clear cache
        </Button>
      </form>
      {/* Under the whole row, so the buttons line up with the input rather than with this line. */}
      <p id={`${id}-ttl-hint`} class={isTtlValid ? 'hint' : 'error'}>
        {isTtlValid
          ? 'Reused results cost no credits. 0 turns the cache off.'
          : 'Enter whole hours from 0 to 2160 (90 days).'}
      </p>
    </div>
  );
}
