import { useState } from 'preact/hooks';
import { DataTable } from '../../../components/dashboard/data-table';
import { formatDateTime } from '../../../components/dashboard/format';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { Section } from '../../../components/ui/section';
import type { EmailActivity } from '../../../lib/messaging/protocol/outreach';
import { useQuery } from '../use-dashboard';

type Kind = 'activity' | 'replies' | 'opens' | 'clicks' | 'sent';
const KINDS: readonly (readonly [Kind, string])[] = [
  ['activity', 'Recipients activity'],
  ['replies', 'Replies (e-mail and LinkedIn)'],
  ['opens', 'Opens'],
  ['clicks', 'Clicks'],
  ['sent', 'E-mails sent'],
];

interface Props {
  readonly campaignId: number;
  readonly dateFrom: string;
  readonly dateTo: string;
}

const who = (row: EmailActivity) => row.prospectName ?? row.prospectEmail ?? '—';

function EventTable({
  campaignId,
  kind,
}: {
  readonly campaignId: number;
  readonly kind: 'opens' | 'clicks';
}) {
  const rows = useQuery('listEmailEvents', { campaignId, kind });
  return (
    <RemoteView remote={rows} what={kind}>
      {(items) => (
        <DataTable
          caption={kind === 'opens' ? 'Opens' : 'Clicks'}
          rows={items}
          rowKey={(row) => row.id}
          columns={[
            { label: 'When', cell: (row) => formatDateTime(row.visitedAt) },
            { label: 'Prospect', cell: who },
            { label: 'E-mail', cell: (row) => row.prospectEmail ?? '—' },
            { label: 'Subject', cell: (row) => row.emailSubject ?? '—' },
          ]}
        />
      )}
    </RemoteView>
  );
}

function OneTable({ kind, campaignId, dateFrom, dateTo }: Props & { readonly kind: Kind }) {
  const activity = useQuery(
    'getRecipientsActivity',
    { campaignId, dateFrom, dateTo, limit: 1000 },
    kind === 'activity',
  );
  const replies = useQuery('listReplies', { campaignId }, kind === 'replies');
  const sent = useQuery('listSentEmails', { campaignId }, kind === 'sent');
  if (kind === 'opens' || kind === 'clicks') return <EventTable campaignId={campaignId} kind={kind} />;
  if (kind === 'replies') {
    return (
      <RemoteView remote={replies} what="replies">
        {(items) => (
          <DataTable
            caption="Replies"
            rows={items}
            rowKey={(row) => row.key}
            columns={[
              { label: 'Received', cell: (row) => formatDateTime(row.receivedAt) },
              { label: 'From', cell: (row) => row.prospectName ?? row.prospectEmail ?? '—' },
              { label: 'Channel', cell: (row) => (row.replyType === 'email' ? 'E-mail' : 'LinkedIn') },
              { label: 'Message', cell: (row) => row.message },
            ]}
          />
        )}
      </RemoteView>
    );
  }
  if (kind === 'sent') {
    return (
      <RemoteView remote={sent} what="sent e-mails">
        {(items) => (
          <DataTable
            caption="E-mails sent"
            rows={items}
            rowKey={(row) => row.id}
            columns={[
              { label: 'Sent', cell: (row) => formatDateTime(row.sentDate) },
              { label: 'Recipient', cell: (row) => row.userName ?? '—' },
              { label: 'E-mail', cell: (row) => row.userEmail },
            ]}
          />
        )}
      </RemoteView>
    );
  }
  return (
    <RemoteView remote={activity} what="recipients activity">
      {(page) => (
        <DataTable
          caption={`Recipients activity (${page.pagination.total} events)`}
          rows={page.items}
          rowKey={(row, index) => `${row.event_time}-${index}`}
          columns={[
            { label: 'When', cell: (row) => formatDateTime(row.event_time) },
            { label: 'Event', cell: (row) => row.event_type },
            { label: 'Recipient', cell: (row) => row.recipient_name ?? row.recipient_email ?? '—' },
            { label: 'Company', cell: (row) => row.company ?? '—' },
            { label: 'Subject', cell: (row) => row.email_subject ?? '—' },
          ]}
        />
      )}
    </RemoteView>
  );
}

/** One activity table at a time (each is its own API read), picked from a list. */
export function ActivityTables(props: Props) {
  const [kind, setKind] = useState<Kind>('activity');
  return (
    <Section title="Details">
      <div class="field inline">
        <label for="activity-kind">Show</label>
        <select
          id="activity-kind"
          value={kind}
          onChange={(event) => {
            setKind(KINDS.find(([value]) => value === event.currentTarget.value)?.[0] ?? 'activity');
          }}
        >
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <OneTable {...props} kind={kind} />
    </Section>
  );
}
