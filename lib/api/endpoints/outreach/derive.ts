import type { CampaignAnalytics } from '../../schemas/outreach/analytics';
import type { RecipientActivity } from '../../schemas/outreach/analytics';

// Pure helpers shaping outreach data for the dashboard charts.

/** One bar of the e-mail funnel. */
export interface FunnelStage {
  readonly stage: 'sent' | 'delivered' | 'opened' | 'clicked' | 'replied';
  readonly label: string;
  readonly count: number;
  /** Snov.io's own rate for the stage, in % (100 for `sent`). */
  readonly rate: number;
  /** count ÷ previous stage's count, in % (rounded), or null when the previous stage is 0. */
  readonly fromPrevious: number | null;
}

/** Sent → delivered → opened → clicked → replied. Opens/clicks/replies count recipients, not events (§14). */
export function funnelFromAnalytics(a: CampaignAnalytics): FunnelStage[] {
  const raw = [
    { stage: 'sent', label: 'Sent', count: a.emails_sent, rate: 100 },
    { stage: 'delivered', label: 'Delivered', count: a.delivered, rate: a.delivered_rate },
    { stage: 'opened', label: 'Opened', count: a.email_opens, rate: a.email_opens_rate },
    { stage: 'clicked', label: 'Clicked', count: a.link_clicks, rate: a.link_clicks_rate },
    { stage: 'replied', label: 'Replied', count: a.email_replies, rate: a.email_replies_rate },
  ] as const;
  return raw.map((s, i) => {
    const previous = i === 0 ? undefined : raw[i - 1];
    const fromPrevious =
      previous === undefined ? 100 : previous.count > 0 ? Math.round((s.count / previous.count) * 100) : null;
    return { ...s, fromPrevious };
  });
}

/** The event types a day of activity counts. */
export const ACTIVITY_TYPES = ['sent', 'open', 'click', 'reply', 'bounce', 'unsubscribe'] as const;

/** Counts of each event type on one UTC day. */
export type DayActivity = { readonly day: string } & Record<(typeof ACTIVITY_TYPES)[number], number>;

const DAY_MS = 86_400_000;

function emptyDay(day: string): DayActivity {
  return { day, sent: 0, open: 0, click: 0, reply: 0, bounce: 0, unsubscribe: 0 };
}

function isActivityType(type: string): type is (typeof ACTIVITY_TYPES)[number] {
  return ACTIVITY_TYPES.some((known) => known === type);
}

/** Recipients-activity rows → one entry per UTC day from first to last event (gaps filled with zeros). */
export function activityByDay(
  rows: readonly Pick<RecipientActivity, 'event_time' | 'event_type'>[],
): DayActivity[] {
  const counts = new Map<string, DayActivity>();
  for (const row of rows) {
    const day = row.event_time.slice(0, 10);
    const type = row.event_type;
    if (!isActivityType(type)) continue;
    const current = counts.get(day) ?? emptyDay(day);
    counts.set(day, { ...current, [type]: current[type] + 1 });
  }
  const days = [...counts.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: DayActivity[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(counts.get(day) ?? emptyDay(day));
  }
  return out;
}
