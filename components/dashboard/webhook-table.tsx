import type { Webhook } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { ConfirmButton } from './confirm-button';
import { DataTable } from './data-table';
import { formatDateTime } from './format';

export interface WebhookTableProps {
  readonly webhooks: readonly Webhook[];
  readonly busy: boolean;
  readonly onToggle: (id: number, status: Webhook['status']) => void;
  readonly onDelete: (id: number) => void;
}

/** Webhooks with their event (readable name), state and actions. */
export function WebhookTable({ webhooks, busy, onToggle, onDelete }: WebhookTableProps) {
  return (
    <DataTable
      caption="Webhooks"
      rows={webhooks}
      rowKey={(hook) => String(hook.id)}
      empty="No webhooks yet."
      columns={[
        { label: 'Event', cell: (hook) => hook.label ?? `${hook.event_object} / ${hook.event_action}` },
        { label: 'Endpoint', cell: (hook) => <code>{hook.end_point}</code> },
        {
          label: 'State',
          cell: (hook) =>
            hook.status === 'active' ? (
              <span class="pill pill-ok">Enabled</span>
            ) : (
              <span class="pill pill-muted">Disabled</span>
            ),
        },
        { label: 'Created', cell: (hook) => formatDateTime(hook.created_at) },
        {
          label: 'Actions',
          cell: (hook) => (
            <div class="row">
              <Button
                busy={busy}
                onClick={() => {
                  onToggle(hook.id, hook.status === 'active' ? 'deactivated' : 'active');
                }}
              >
                {hook.status === 'active' ? 'Disable' : 'Enable'} webhook {hook.id}
              </Button>
              <ConfirmButton
                label={`Delete webhook ${hook.id}`}
                question={`Delete the webhook to ${hook.end_point}?`}
                busy={busy}
                onConfirm={() => {
                  onDelete(hook.id);
                }}
              />
            </div>
          ),
        },
      ]}
    />
  );
}
