// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { activityByDay, funnelFromAnalytics } from '../../../../../lib/api/endpoints/outreach/derive';
import { CampaignAnalyticsSchema } from '../../../../../lib/api/schemas/outreach/analytics';
import { ROUTES } from '../../../../../lib/api/paths';
import { exampleFor } from './fake-transport';

describe('funnelFromAnalytics', () => {
  it('builds sent → delivered → opened → clicked → replied from the example', () => {
    const analytics = v.parse(CampaignAnalyticsSchema, exampleFor(ROUTES.campaignAnalytics));
    expect(funnelFromAnalytics(analytics)).toEqual([
      { stage: 'sent', label: 'Sent', count: 31, rate: 100, fromPrevious: 100 },
      { stage: 'delivered', label: 'Delivered', count: 30, rate: 97, fromPrevious: 97 },
      { stage: 'opened', label: 'Opened', count: 16, rate: 70, fromPrevious: 53 },
      { stage: 'clicked', label: 'Clicked', count: 0, rate: 0, fromPrevious: 0 },
      { stage: 'replied', label: 'Replied', count: 16, rate: 70, fromPrevious: null },
    ]);
  });

  it('defaults missing counters to zero', () => {
    const empty = v.parse(CampaignAnalyticsSchema, {});
    expect(funnelFromAnalytics(empty).map((s) => s.count)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('activityByDay', () => {
  it('counts events per UTC day, fills gaps, ignores unknown types', () => {
    const rows = [
      { event_time: '2026-01-03T10:00:00.000Z', event_type: 'open' },
      { event_time: '2026-01-01T09:00:00.000Z', event_type: 'sent' },
      { event_time: '2026-01-01T23:59:59.000Z', event_type: 'sent' },
      { event_time: '2026-01-03T11:00:00.000Z', event_type: 'reply' },
      { event_time: '2026-01-03T12:00:00.000Z', event_type: 'teleport' },
    ];
    expect(activityByDay(rows)).toEqual([
      { day: '2026-01-01', sent: 2, open: 0, click: 0, reply: 0, bounce: 0, unsubscribe: 0 },
      { day: '2026-01-02', sent: 0, open: 0, click: 0, reply: 0, bounce: 0, unsubscribe: 0 },
      { day: '2026-01-03', sent: 0, open: 1, click: 0, reply: 1, bounce: 0, unsubscribe: 0 },
    ]);
  });

  it('is empty for no rows', () => {
    expect(activityByDay([])).toEqual([]);
  });
});
