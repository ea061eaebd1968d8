import type { CampaignAnalytics, CampaignProgress } from '../../lib/messaging/protocol/outreach';
import { formatCount } from './format';

export interface AnalyticsSummaryProps {
  readonly analytics: CampaignAnalytics;
  readonly progress?: CampaignProgress;
}

type Row = readonly [label: string, count: number, rate: number | null];

/** The period's numbers, e-mail and LinkedIn, as one readable table. */
export function AnalyticsSummary({ analytics: a, progress }: AnalyticsSummaryProps) {
  const email: Row[] = [
    ['Recipients contacted', a.total_contacted, null],
    ['E-mails sent', a.emails_sent, null],
    ['Delivered', a.delivered, a.delivered_rate],
    ['Bounced', a.bounced, a.bounced_rate],
    ['Opened (recipients)', a.email_opens, a.email_opens_rate],
    ['Clicked (recipients)', a.link_clicks, a.link_clicks_rate],
    ['Replied by e-mail', a.email_replies, a.email_replies_rate],
    ['Unsubscribed', a.unsubscribed, a.unsubscribed_rate],
  ];
  const linkedin: Row[] = [
    ['Contacted on LinkedIn', a.contacted_by_linkedin, null],
    ['LinkedIn replies', a.linkedin_total_replies, a.linkedin_total_replies_rate],
    ['Connection requests accepted', a.accepted_requests, a.accepted_requests_rate],
  ];
  return (
    <div class="summary">
      {progress ? (
        <div class="field">
          <label for="campaign-progress">
            Progress: {progress.progress}% of recipients done ({formatCount(progress.unfinished)} still in the
            sequence)
          </label>
          <progress id="campaign-progress" max={100} value={progress.progress} />
        </div>
      ) : null}
      <table>
        <caption>Results in this period</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" class="num">
              Count
            </th>
            <th scope="col" class="num">
              Rate
            </th>
          </tr>
        </thead>
        <tbody>
          {[...email, ...linkedin].map(([label, count, rate]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td class="num">{formatCount(count)}</td>
              <td class="num">{rate === null ? '' : `${rate}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
