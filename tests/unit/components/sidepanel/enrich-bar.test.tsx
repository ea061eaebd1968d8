// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnrichBar } from '../../../../components/sidepanel/enrich-bar';
import type { JobView } from '../../../../lib/messaging/protocol';

const job: JobView = {
  id: 'j',
  kind: 'enrich',
  status: 'running',
  total: 25,
  done: 10,
  failed: 1,
  label: 'Enrich 25 profiles',
  createdAt: 1,
  updatedAt: 2,
};

afterEach(cleanup);

describe('EnrichBar', () => {
  it('says the most it may cost before it runs', () => {
    render(<EnrichBar selectedCount={25} uncachedCount={20} balance={100} job={null} onEnrich={vi.fn()} />);
    expect(screen.getByText(/Up to 20 credits/)).toBeTruthy();
    expect(screen.getByText(/5 cached/)).toBeTruthy();
  });

  it('warns when the balance is short, and is free when all are cached', () => {
    const { rerender } = render(
      <EnrichBar selectedCount={3} uncachedCount={3} balance={1} job={null} onEnrich={vi.fn()} />,
    );
    expect(screen.getByText(/You have 1 left/)).toBeTruthy();
    rerender(<EnrichBar selectedCount={3} uncachedCount={0} balance={1} job={null} onEnrich={vi.fn()} />);
    expect(screen.getByText('Already enriched: no credits needed.')).toBeTruthy();
  });

  it('shows progress with an accessible name and stays busy while the job runs', () => {
    const onEnrich = vi.fn();
    render(<EnrichBar selectedCount={25} uncachedCount={25} balance={null} job={job} onEnrich={onEnrich} />);
    const bar = screen.getByRole('progressbar', { name: 'Enrichment progress' });
    expect(bar.getAttribute('value')).toBe('11');
    expect(bar.getAttribute('max')).toBe('25');
    expect(screen.getByText('11 of 25 profiles processed, 1 failed')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enrich selected (25)' }).getAttribute('aria-busy')).toBe(
      'true',
    );
  });

  it('says why a run waits, in plain words', () => {
    const { rerender } = render(
      <EnrichBar
        selectedCount={25}
        uncachedCount={25}
        balance={null}
        job={{ ...job, status: 'waiting', errorKind: 'offline' }}
        onEnrich={vi.fn()}
      />,
    );
    expect(
      screen.getByText('11 of 25 profiles processed, 1 failed · Offline: will send when you are back online'),
    ).toBeTruthy();
    rerender(
      <EnrichBar
        selectedCount={25}
        uncachedCount={25}
        balance={null}
        job={{ ...job, status: 'waiting', errorKind: 'rate-limited' }}
        onEnrich={vi.fn()}
      />,
    );
    expect(screen.getByText(/processed, 1 failed · Snov.io asked us to slow down$/)).toBeTruthy();
  });

  it('is disabled with nothing selected', () => {
    const onEnrich = vi.fn();
    render(<EnrichBar selectedCount={0} uncachedCount={0} balance={null} job={null} onEnrich={onEnrich} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enrich selected (0)' }));
    expect(onEnrich).not.toHaveBeenCalled();
  });
});
