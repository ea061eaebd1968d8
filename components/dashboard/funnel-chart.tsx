import type { FunnelStage } from '../../lib/messaging/protocol/outreach';
import { ChartFigure } from './chart-figure';
import type { ChartFigureProps } from './chart-figure';

export interface FunnelChartProps {
  readonly funnel: readonly FunnelStage[];
  readonly draw?: ChartFigureProps['draw'];
}

/** Sent → delivered → opened → clicked → replied, as bars, with the table alternative. */
export function FunnelChart({ funnel, draw }: FunnelChartProps) {
  return (
    <ChartFigure
      title="E-mail funnel"
      kind="bars"
      labels={funnel.map((stage) => stage.label)}
      series={[{ label: 'Recipients', colorVar: '--accent', values: funnel.map((stage) => stage.count) }]}
      {...(draw ? { draw } : {})}
    />
  );
}
