// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FunnelChart } from '../../../../components/dashboard/funnel-chart';
import { ActivityChart } from '../../../../components/dashboard/activity-chart';

afterEach(cleanup);

const funnel = [
  { stage: 'sent', label: 'Sent', count: 10, rate: 100, fromPrevious: 100 },
  { stage: 'delivered', label: 'Delivered', count: 9, rate: 90, fromPrevious: 90 },
  { stage: 'opened', label: 'Opened', count: 5, rate: 55, fromPrevious: 56 },
  { stage: 'clicked', label: 'Clicked', count: 1, rate: 11, fromPrevious: 20 },
  { stage: 'replied', label: 'Replied', count: 2, rate: 22, fromPrevious: 200 },
] as const;

describe('charts', () => {
  it('the funnel draws bars and gives the same numbers as a table', () => {
    const destroy = vi.fn();
    const draws: unknown[] = [];
    const draw = vi.fn((...args: [HTMLElement, unknown, unknown]) => {
      draws.push(args[2]);
      return destroy;
    });
    const { unmount, container } = render(<FunnelChart funnel={funnel} draw={draw} />);
    expect(screen.getByRole('figure', { name: 'E-mail funnel' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'E-mail funnel (data)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['StageRecipients', 'Sent10', 'Delivered9', 'Opened5', 'Clicked1', 'Replied2']);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draws[0]).toEqual([
      [0, 1, 2, 3, 4],
      [10, 9, 5, 1, 2],
    ]);
    expect(container.querySelector('.chart-canvas')?.getAttribute('aria-hidden')).toBe('true');
    unmount();
    expect(destroy).toHaveBeenCalled();
  });

  it('activity over time: one row per day; nothing drawn and a message when there is no data', () => {
    const draw = vi.fn(() => () => undefined);
    render(<ActivityChart days={[]} draw={draw} />);
    expect(draw).not.toHaveBeenCalled();
    expect(screen.getByRole('table', { name: 'Activity over time (data)' }).textContent).toContain(
      'No data in this period.',
    );
  });
});
