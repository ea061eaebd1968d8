import { useState } from 'preact/hooks';
import { ActivityChart } from '../../../components/dashboard/activity-chart';
import { AnalyticsSummary } from '../../../components/dashboard/analytics-summary';
import { DateRange } from '../../../components/dashboard/date-range';
import { daysBefore, daysBetween, isoDay } from '../../../components/dashboard/format';
import { FunnelChart } from '../../../components/dashboard/funnel-chart';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { Section } from '../../../components/ui/section';
import { useQuery } from '../use-dashboard';
import { ActivityTables } from './activity-tables';

/** Recipients activity is read over 31 days at most (REFERENCE.md §14). */
const MAX_SPAN = 31;

/** One campaign's progress, numbers, funnel, activity chart and activity tables for a period. */
export function CampaignAnalyticsTab({ campaignId }: { readonly campaignId: number }) {
  const [range, setRange] = useState(() => {
    const now = Date.now();
    return { from: daysBefore(now, 30), to: isoDay(now) };
  });
  const span = daysBetween(range.from, range.to);
  const isValid = span >= 0 && span <= MAX_SPAN;
  const period = { campaignId, dateFrom: range.from, dateTo: range.to };
  const metrics = useQuery('getCampaignMetrics', period, isValid);
  const timeline = useQuery('getActivityTimeline', period, isValid);
  return (
    <>
      <DateRange
        from={range.from}
        to={range.to}
        onChange={setRange}
        hint={`At most ${MAX_SPAN} days (Snov.io's limit for activity).`}
        error={isValid ? undefined : `Pick a period of 0 to ${MAX_SPAN} days, the start before the end.`}
      />
      <Section title="Progress and results">
        <RemoteView remote={metrics} what="analytics">
          {(value) => (
            <div class="grid-2">
              <AnalyticsSummary analytics={value.analytics} progress={value.progress} />
              <FunnelChart funnel={value.funnel} />
            </div>
          )}
        </RemoteView>
      </Section>
      <Section title="Activity">
        <RemoteView remote={timeline} what="activity">
          {(days) => <ActivityChart days={days} />}
        </RemoteView>
      </Section>
      {isValid ? <ActivityTables campaignId={campaignId} dateFrom={range.from} dateTo={range.to} /> : null}
    </>
  );
}
