import { useState } from 'preact/hooks';
import type { RecipientCheck as Check } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { DataTable } from './data-table';
import { splitList } from './format';

export type RecipientStatusChoice = 'Active' | 'Paused' | 'Unsubscribed';

export interface RecipientCheckProps {
  readonly results: readonly Check[] | null;
  readonly busy: boolean;
  readonly onCheck: (emails: string[]) => void;
  readonly onChangeStatus: (email: string, status: RecipientStatusChoice) => void;
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  tocheck: 'Waiting to be checked',
  active: 'Active',
  paused: 'Paused',
  finished: 'Finished',
  unsubscribe: 'Unsubscribed',
  unsubscribed: 'Unsubscribed',
  moved: 'Moved to another campaign',
};

/** Checks whether addresses are recipients of the campaign, and changes a recipient's status. */
export function RecipientCheck({ results, busy, onCheck, onChangeStatus }: RecipientCheckProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState<Record<string, RecipientStatusChoice>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const emails = splitList(text);
    setError(
      emails.length === 0
        ? 'Enter at least one e-mail address.'
        : emails.length > 100
          ? 'Check at most 100 addresses at a time.'
          : null,
    );
    if (emails.length > 0 && emails.length <= 100) onCheck(emails);
  };
  return (
    <>
      <form aria-label="Check recipients" onSubmit={submit}>
        <div class="field">
          <label for="recipient-emails">E-mail addresses to check</label>
          <textarea
            id="recipient-emails"
            rows={3}
            value={text}
            aria-invalid={error ? true : undefined}
            onInput={(event) => {
              setText(event.currentTarget.value);
            }}
          />
          <span class="hint">Separate addresses with commas or new lines (up to 100).</span>
          {error ? <span class="error">{error}</span> : null}
        </div>
        <Button type="submit" busy={busy}>
          Check status
        </Button>
      </form>
      {results ? (
        <DataTable
          caption="Recipient status"
          rows={results}
          rowKey={(row) => row.email}
          columns={[
            { label: 'E-mail', cell: (row) => row.email },
            { label: 'In this campaign', cell: (row) => (row.exist ? 'Yes' : 'No') },
            { label: 'Status', cell: (row) => (row.status ? (STATUS_WORDS[row.status] ?? row.status) : '—') },
            {
              label: 'Change status',
              cell: (row) =>
                row.exist && row.status !== 'finished' && row.status !== 'moved' ? (
                  <div class="row">
                    <select
                      aria-label={`New status for ${row.email}`}
                      value={choice[row.email] ?? 'Paused'}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setChoice({
                          ...choice,
                          [row.email]: value === 'Active' || value === 'Unsubscribed' ? value : 'Paused',
                        });
                      }}
                    >
                      <option value="Active">Active</option>
                      <option value="Paused">Paused</option>
                      <option value="Unsubscribed">Unsubscribed</option>
                    </select>
                    <Button
                      busy={busy}
                      onClick={() => {
                        onChangeStatus(row.email, choice[row.email] ?? 'Paused');
                      }}
                    >
                      Apply to {row.email}
                    </Button>
                  </div>
                ) : (
                  <span class="muted">{row.exist ? 'Cannot change a finished or moved recipient' : '—'}</span>
                ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
