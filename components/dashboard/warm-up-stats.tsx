import type { WarmUpStatistics } from '../../lib/messaging/protocol/outreach';
import { ChartFigure } from './chart-figure';
import type { ChartFigureProps } from './chart-figure';

export interface WarmUpStatsProps {
  readonly stats: WarmUpStatistics;
  readonly draw?: ChartFigureProps['draw'];
}

/** Daily warm-up statistics as a chart and table, with the period's deliverability in words. */
export function WarmUpStats({ stats, draw }: WarmUpStatsProps) {
  const d = stats.deliverability;
  return (
    <>
      {stats.isCalculated ? null : (
        <p class="muted" role="status">
          Snov.io is still calculating these statistics; check again later.
        </p>
      )}
      <p>
        Landed in the inbox: {d.inbox.count} ({d.inbox.percent}%) · in spam: {d.spam.count} ({d.spam.percent}
        %) · in other tabs: {d.categories.count} ({d.categories.percent}%)
      </p>
      <ChartFigure
        title="Warm-up e-mails per day"
        labels={stats.daily.map((day) => day.date)}
        series={[
          { label: 'Sent', colorVar: '--accent', values: stats.daily.map((day) => day.emails_sent) },
          { label: 'Inbox', colorVar: '--ok', values: stats.daily.map((day) => day.inbox_emails) },
          { label: 'Spam', colorVar: '--bad', values: stats.daily.map((day) => day.spam_emails) },
          { label: 'Replies', colorVar: '--warn', values: stats.daily.map((day) => day.replies) },
        ]}
        {...(draw ? { draw } : {})}
      />
    </>
  );
}
