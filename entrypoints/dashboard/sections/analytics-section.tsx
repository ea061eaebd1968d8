import { useState } from 'preact/hooks';
import { AnalyticsSummary } from '../../../components/dashboard/analytics-summary';
import { DateRange } from '../../../components/dashboard/date-range';
import { daysBefore, isoDay } from '../../../components/dashboard/format';
import { FunnelChart } from '../../../components/dashboard/funnel-chart';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { Section } from '../../../components/ui/section';
import { useQuery } from '../use-dashboard';

function toggle(list: readonly number[], id: number, on: boolean): number[] {
  return on ? [...list, id] : list.filter((item) => item !== id);
}

/** Analytics across campaigns, filtered by period, campaigns and sender accounts. */
export function AnalyticsSection() {
  const [range, setRange] = useState(() => {
    const now = Date.now();
    return { from: daysBefore(now, 30), to: isoDay(now) };
  });
  const [campaignIds, setCampaignIds] = useState<number[]>([]);
  const [senderIds, setSenderIds] = useState<number[]>([]);
  const campaigns = useQuery('listOutreachCampaigns', undefined);
  const senders = useQuery('listSenderAccounts', undefined);
  const isValid = range.from <= range.to;
  const analytics = useQuery(
    'getOutreachAnalytics',
    { dateFrom: range.from, dateTo: range.to, campaignIds, senderIds },
    isValid,
  );
  return (
    <>
      <div class="page-head">
        <h1>Analytics</h1>
        <p class="muted">
          Across campaigns. Leave the filters empty for every campaign active in the period.
        </p>
      </div>
      <div class="filters">
        <DateRange
          from={range.from}
          to={range.to}
          onChange={setRange}
          error={isValid ? undefined : 'The start must be before the end.'}
        />
        <fieldset>
          <legend>Campaigns</legend>
          {campaigns.status === 'ready'
            ? campaigns.value.map((c) => (
                <label key={c.id} class="check">
                  <input
                    type="checkbox"
                    checked={campaignIds.includes(c.id)}
                    onChange={(event) => {
                      setCampaignIds(toggle(campaignIds, c.id, event.currentTarget.checked));
                    }}
                  />{' '}
                  {c.campaign}
                </label>
              ))
            : null}
        </fieldset>
        <fieldset>
          <legend>Sender accounts</legend>
          {senders.status === 'ready'
            ? senders.value.map((s) => (
                <label key={s.id} class="check">
                  <input
                    type="checkbox"
                    checked={senderIds.includes(s.id)}
                    onChange={(event) => {
                      setSenderIds(toggle(senderIds, s.id, event.currentTarget.checked));
                    }}
                  />{' '}
                  {s.email_from}
                </label>
              ))
            : null}
        </fieldset>
      </div>
      <Section title="Results">
        <RemoteView remote={analytics} what="analytics">
          {(value) => (
            <div class="grid-2">
              <AnalyticsSummary analytics={value.analytics} />
              <FunnelChart funnel={value.funnel} />
            </div>
          )}
        </RemoteView>
      </Section>
    </>
  );
}
