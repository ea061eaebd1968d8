import type { DayActivity } from '../../lib/messaging/protocol/outreach';
import { ChartFigure } from './chart-figure';
import type { ChartFigureProps } from './chart-figure';

export interface ActivityChartProps {
  readonly days: readonly DayActivity[];
  readonly draw?: ChartFigureProps['draw'];
}

/** E-mails sent, opens, clicks, replies and bounces per day. */
export function ActivityChart({ days, draw }: ActivityChartProps) {
  return (
    <ChartFigure
      title="Activity over time"
      labels={days.map((day) => day.day)}
      series={[
        { label: 'Sent', colorVar: '--accent', values: days.map((day) => day.sent) },
        { label: 'Opened', colorVar: '--ok', values: days.map((day) => day.open) },
        { label: 'Clicked', colorVar: '--warn', values: days.map((day) => day.click) },
        { label: 'Replied', colorVar: '--fg', values: days.map((day) => day.reply) },
        { label: 'Bounced', colorVar: '--bad', values: days.map((day) => day.bounce) },
      ]}
      {...(draw ? { draw } : {})}
    />
  );
}
