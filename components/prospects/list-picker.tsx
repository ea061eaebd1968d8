import { useId, useState } from 'preact/hooks';
import type { SnovList } from '../../lib/messaging/protocol/dto';
import { Button } from '../ui/button';

const NEW = 'new';

export interface ListPickerProps {
  readonly lists: readonly SnovList[];
  readonly value: number | null;
  readonly onChange: (listId: number | null) => void;
  /** Creates a list; the store selects it once the background answers. */
  readonly onCreate: (name: string) => void;
  readonly isCreating?: boolean;
  readonly label?: string;
  /** Shown under the new-list name when the background refused it. */
  readonly createError?: string | undefined;
}

/** Pick one of the user's lists, or name a new one. */
export function ListPicker({
  lists,
  value,
  onChange,
  onCreate,
  isCreating = false,
  label = 'List',
  createError,
}: ListPickerProps) {
  const id = useId();
  const [isNew, setIsNew] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const shownError = error ?? createError;
  return (
    <div class="list-picker">
      <div class="field">
        <label for={id}>{label}</label>
        <select
          id={id}
          value={isNew ? NEW : value === null ? '' : String(value)}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            setIsNew(raw === NEW);
            onChange(raw === NEW || raw === '' ? null : Number(raw));
          }}
        >
          <option value="">Choose a list…</option>
          {lists.map((list) => (
            <option key={list.id} value={String(list.id)}>
              {list.name} ({list.contacts})
            </option>
          ))}
          <option value={NEW}>+ New list…</option>
        </select>
      </div>
      {isNew ? (
        <form
          class="row"
          aria-label="New list"
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = name.trim();
            if (!trimmed) {
              setError('Name the list.');
              return;
            }
            setError(undefined);
            onCreate(trimmed);
            setIsNew(false);
            setName('');
          }}
        >
          <div class="field grow">
            <label for={`${id}-name`}>New list name</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              aria-invalid={shownError ? true : undefined}
              aria-describedby={shownError ? `${id}-error` : undefined}
              onInput={(event) => {
                setName(event.currentTarget.value);
              }}
            />
            {shownError ? (
              <span id={`${id}-error`} class="error">
                {shownError}
              </span>
            ) : null}
          </div>
          <Button type="submit" busy={isCreating}>
            Create list
          </Button>
        </form>
      ) : null}
    </div>
  );
}
