import type { WarmUp } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { ConfirmButton } from './confirm-button';
import { DataTable } from './data-table';

export type WarmUpChange = 'active' | 'paused' | 'completed';

export interface WarmUpTableProps {
  readonly warmUps: readonly WarmUp[];
  readonly busy: boolean;
  readonly selectedId: number | null;
  readonly onShowStatistics: (id: number) => void;
  readonly onChange: (id: number, status: WarmUpChange) => void;
  readonly onDelete: (id: number) => void;
}

const STATUS: Readonly<Record<WarmUp['status'], string>> = {
  active: 'Active',
  pending: 'Starting',
  paused: 'Paused',
  completed: 'Completed',
  error: 'Error',
};

/** Warm-ups with their state, volume and deliverability, and what can be done with each. */
export function WarmUpTable({
  warmUps,
  busy,
  selectedId,
  onShowStatistics,
  onChange,
  onDelete,
}: WarmUpTableProps) {
  return (
    <DataTable
      caption="Warm-ups"
      rows={warmUps}
      rowKey={(w) => String(w.id)}
      isCurrent={(w) => w.id === selectedId}
      columns={[
        { label: 'Sender', cell: (w) => w.email_account.email_from },
        {
          label: 'Status',
          cell: (w) => `${STATUS[w.status]}${w.warm_up_error ? `: ${w.warm_up_error}` : ''}`,
        },
        { label: 'Strategy', cell: (w) => w.strategy ?? '—' },
        { label: 'Per day', numeric: true, cell: (w) => w.per_day },
        { label: 'Sent today', numeric: true, cell: (w) => w.sent_today ?? '—' },
        {
          label: 'Inbox rate',
          numeric: true,
          cell: (w) => (w.deliverability === null ? '—' : `${w.deliverability}%`),
        },
        { label: 'Ends', cell: (w) => w.campaign_deadline ?? 'No end date' },
        {
          label: 'Actions',
          cell: (w) => {
            const who = w.email_account.email_from;
            return (
              <div class="row wrap">
                <Button
                  onClick={() => {
                    onShowStatistics(w.id);
                  }}
                >
                  Statistics for {who}
                </Button>
                {w.status === 'active' || w.status === 'pending' ? (
                  <Button
                    busy={busy}
                    onClick={() => {
                      onChange(w.id, 'paused');
                    }}
                  >
                    Pause {who}
                  </Button>
                ) : null}
                {w.status === 'paused' ? (
                  <Button
                    busy={busy}
                    onClick={() => {
                      onChange(w.id, 'active');
                    }}
                  >
                    Resume {who}
                  </Button>
                ) : null}
                {w.status !== 'completed' ? (
                  <Button
                    busy={busy}
                    onClick={() => {
                      onChange(w.id, 'completed');
                    }}
                  >
                    Complete {who}
                  </Button>
                ) : null}
                <ConfirmButton
                  label={`Delete warm-up of ${who}`}
                  question={`Delete the warm-up of ${who}? Its statistics will be gone.`}
                  busy={busy}
                  onConfirm={() => {
                    onDelete(w.id);
                  }}
                />
              </div>
            );
          },
        },
      ]}
    />
  );
}
