import type { CampaignMetrics, CampaignSummary } from '../../lib/messaging/protocol/outreach';
import { DataTable } from './data-table';
import type { Column } from './data-table';
import { formatCount, formatDateTime } from './format';
import { StatusPill } from './status-pill';

export interface CampaignTableProps {
  readonly campaigns: readonly CampaignSummary[];
  /** Metrics per campaign id: undefined while loading, null when they could not be read. */
  readonly metricsOf: (id: number) => CampaignMetrics | null | undefined;
}

function metric(
  read: (m: CampaignMetrics) => string,
): (metrics: CampaignMetrics | null | undefined) => string {
  return (metrics) => (metrics === undefined ? '…' : metrics === null ? 'n/a' : read(metrics));
}

const count = (
  key: 'emails_sent' | 'delivered' | 'email_opens' | 'link_clicks' | 'email_replies' | 'bounced',
) => metric((m) => formatCount(m.analytics[key]));

/** Every campaign with its status and key metrics; the name opens the campaign. */
export function CampaignTable({ campaigns, metricsOf }: CampaignTableProps) {
  const cells: readonly [string, (m: CampaignMetrics | null | undefined) => string][] = [
    ['Sent', count('emails_sent')],
    ['Delivered', count('delivered')],
    ['Opened', count('email_opens')],
    ['Clicked', count('link_clicks')],
    ['Replied', count('email_replies')],
    ['Bounced', count('bounced')],
    ['Progress', metric((m) => `${m.progress.progress}%`)],
  ];
  const columns: Column<CampaignSummary>[] = [
    { label: 'Campaign', cell: (c) => <a href={`#/campaigns/${c.id}/steps`}>{c.campaign}</a> },
    { label: 'Status', cell: (c) => <StatusPill status={c.status} /> },
    ...cells.map(([label, read]) => ({
      label,
      numeric: true,
      cell: (c: CampaignSummary) => read(metricsOf(c.id)),
    })),
    { label: 'Created', cell: (c) => formatDateTime(c.created_at) },
  ];
  return (
    <DataTable
      caption="Campaigns"
      columns={columns}
      rows={campaigns}
      rowKey={(c) => String(c.id)}
      pageSize={20}
      empty="No campaigns yet: create one."
    />
  );
}
