import type { ApiError } from '../../lib/errors';
import type { SenderAccountSummary, SenderStatus } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { DataTable } from './data-table';

/** What a connection check found, or where it stands. */
export type SenderCheck =
  | { readonly state: 'checking' }
  | { readonly state: 'done'; readonly status: SenderStatus }
  | { readonly state: 'failed'; readonly error: ApiError };

function part(name: string, check: SenderStatus['smtp']): string {
  switch (check.status) {
    case 'pending':
      return `${name}: still checking`;
    case 'connected':
    case 'valid':
      return `${name}: connected`;
    case 'error':
    case 'invalid':
      return `${name}: failed${check.errors.length > 0 ? ` (${check.errors.join('; ')})` : ' (Snov.io gave no reason)'}`;
  }
}

/** A connection check in words: each server's state and, when it failed, Snov.io's reason. */
export function connectionWords(check: SenderCheck | undefined): string {
  if (!check) return 'Not checked yet';
  if (check.state === 'checking') return 'Checking…';
  if (check.state === 'failed') return 'Could not check the connection';
  return [
    part('SMTP', check.status.smtp),
    check.status.imap ? part('IMAP', check.status.imap) : 'IMAP: not set up',
  ].join(' · ');
}

export interface SenderTableProps {
  readonly senders: readonly SenderAccountSummary[];
  readonly checkOf: (id: number) => SenderCheck | undefined;
  readonly onCheck: (id: number) => void;
  readonly onEdit: (id: number) => void;
}

/** Sender accounts with their health and an on-demand connection check. */
export function SenderTable({ senders, checkOf, onCheck, onEdit }: SenderTableProps) {
  return (
    <DataTable
      caption="Sender accounts"
      rows={senders}
      rowKey={(sender) => String(sender.id)}
      columns={[
        { label: 'Sender', cell: (s) => `${s.sender_name} <${s.email_from}>` },
        { label: 'Provider', cell: (s) => s.provider ?? '—' },
        { label: 'Daily limit', numeric: true, cell: (s) => s.limitation ?? '—' },
        {
          label: 'Health',
          cell: (s) =>
            s.suspended ? (
              <span class="pill pill-bad">Suspended</span>
            ) : s.valid ? (
              <span class="pill pill-ok">Working</span>
            ) : (
              <span class="pill pill-bad">Not working</span>
            ),
        },
        { label: 'Connection', cell: (s) => <span role="status">{connectionWords(checkOf(s.id))}</span> },
        {
          label: 'Actions',
          cell: (s) => (
            <div class="row">
              <Button
                busy={checkOf(s.id)?.state === 'checking'}
                onClick={() => {
                  onCheck(s.id);
                }}
              >
                Check connection of {s.email_from}
              </Button>
              <Button
                onClick={() => {
                  onEdit(s.id);
                }}
              >
                Edit {s.email_from}
              </Button>
            </div>
          ),
        },
      ]}
    />
  );
}
