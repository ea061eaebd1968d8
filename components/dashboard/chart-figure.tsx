import { useEffect, useId, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { DataTable } from './data-table';

/** One plotted series: a label and one value per x. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  /** A CSS custom property for its colour (`--accent`), so light and dark both read. */
  readonly colorVar: string;
}

export interface ChartFigureProps {
  readonly title: string;
  /** x labels (days, or stage names for bars). */
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly kind?: 'lines' | 'bars';
  /** Draws the chart; replaced in tests (no canvas in happy-dom). Returns the cleanup. */
  readonly draw?: (target: HTMLElement, options: uPlot.Options, data: uPlot.AlignedData) => () => void;
}

const drawWithUPlot: NonNullable<ChartFigureProps['draw']> = (target, options, data) => {
  const plot = new uPlot(options, data, target);
  return () => {
    plot.destroy();
  };
};

function cssColor(element: HTMLElement, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || '#1f5fd6';
}

/**
 * A uPlot chart (canvas, hidden from assistive tech) with its data as a table right below: the
 * table is the text alternative and is what screen readers and keyboard users read.
 */
export function ChartFigure({
  title,
  labels,
  series,
  kind = 'lines',
  draw = drawWithUPlot,
}: ChartFigureProps) {
  const target = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const dataKey = JSON.stringify([labels, series, kind]);
  useEffect(() => {
    const element = target.current;
    if (!element || labels.length === 0) return undefined;
    const fg = cssColor(element, '--fg-soft');
    const grid = cssColor(element, '--border');
    const options: uPlot.Options = {
      width: Math.max(320, Math.min(element.clientWidth || 640, 900)),
      height: 220,
      scales: { x: { time: false } },
      // The data table below is the legend and the values; uPlot's hover legend would repeat it.
      legend: { show: false },
      axes: [
        // One tick per whole index (no repeated day or stage names between points).
        {
          stroke: fg,
          grid: { stroke: grid },
          incrs: [1, 2, 5, 7, 14, 30],
          values: (_plot, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? (labels[tick] ?? '') : '')),
        },
        { stroke: fg, grid: { stroke: grid } },
      ],
      series: [
        { label: 'x' },
        ...series.map((item): uPlot.Series => {
          const color = cssColor(element, item.colorVar);
          const bars = kind === 'bars' ? uPlot.paths.bars?.({ size: [0.6, 80] }) : undefined;
          return bars
            ? { label: item.label, stroke: color, fill: color, width: 1, paths: bars }
            : { label: item.label, stroke: color, width: 2 };
        }),
      ],
    };
    const data: uPlot.AlignedData = [
      labels.map((_, index) => index),
      ...series.map((item) => [...item.values]),
    ];
    return draw(element, options, data);
    // `dataKey` stands for labels/series/kind: redraw when the data changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey, draw]);
  return (
    <figure class="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div ref={target} class="chart-canvas" aria-hidden="true" />
      <DataTable
        caption={`${title} (data)`}
        columns={[
          { label: kind === 'bars' ? 'Stage' : 'Day', cell: (index: number) => labels[index] },
          ...series.map((item) => ({
            label: item.label,
            numeric: true,
            cell: (index: number) => item.values[index] ?? 0,
          })),
        ]}
        rows={labels.map((_, index) => index)}
        rowKey={(index) => String(index)}
        pageSize={31}
        empty="No data in this period."
      />
    </figure>
  );
}
