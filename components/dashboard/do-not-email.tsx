import { useState } from 'preact/hooks';
import type { DoNotEmailList } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { DataTable } from './data-table';
import { splitList } from './format';

export interface DoNotEmailProps {
  readonly lists: readonly DoNotEmailList[];
  readonly busy: boolean;
  /** Items already present after the last add (Snov.io reports them as duplicates). */
  readonly duplicates: readonly string[] | null;
  readonly onAdd: (listId: number, items: string[]) => void;
}

/** Do-not-email lists, and adding e-mails or domains to one. */
export function DoNotEmail({ lists, busy, duplicates, onAdd }: DoNotEmailProps) {
  const [listId, setListId] = useState<number | null>(lists[0]?.id ?? null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const items = splitList(text);
    const problem =
      listId === null
        ? 'Pick a list.'
        : items.length === 0
          ? 'Enter e-mail addresses or domains.'
          : items.length > 100
            ? 'Add at most 100 items at a time.'
            : null;
    setError(problem);
    if (problem === null && listId !== null) onAdd(listId, items);
  };
  return (
    <>
      <DataTable
        caption="Do-not-email lists"
        rows={lists}
        rowKey={(list) => String(list.id)}
        columns={[
          { label: 'List', cell: (list) => list.name },
          { label: 'Owner', cell: (list) => list.owner ?? '—' },
          { label: 'Entries', numeric: true, cell: (list) => list.total },
        ]}
      />
      <form aria-label="Add to a do-not-email list" onSubmit={submit}>
        <div class="field">
          <label for="dne-list">List</label>
          <select
            id="dne-list"
            value={listId ?? ''}
            onChange={(event) => {
              setListId(Number(event.currentTarget.value) || null);
            }}
          >
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="dne-items">E-mail addresses or domains to exclude</label>
          <textarea
            id="dne-items"
            rows={3}
            value={text}
            aria-invalid={error ? true : undefined}
            onInput={(event) => {
              setText(event.currentTarget.value);
            }}
          />
          {error ? <span class="error">{error}</span> : null}
        </div>
        <Button type="submit" busy={busy}>
          Add to list
        </Button>
      </form>
      {duplicates ? (
        <p role="status">
          {duplicates.length === 0 ? 'Added.' : `Added; already on the list: ${duplicates.join(', ')}.`}
        </p>
      ) : null}
    </>
  );
}
