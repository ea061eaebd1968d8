// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionStatus } from '../../../../components/status/connection-status';

afterEach(cleanup);

describe('ConnectionStatus', () => {
  it('says connected and how many credits are left', () => {
    render(
      <ConnectionStatus
        state={{
          status: 'connected',
          baseUrl: 'https://api.snov.io',
          balance: 24987.5,
          accountLabel: 'u1',
          checkedAt: 1,
        }}
        onOpenSettings={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Connected24,988 credits left');
  });

  it('offers the settings when not connected', () => {
    const open = vi.fn();
    render(
      <ConnectionStatus
        state={{ status: 'missing', baseUrl: 'https://api.snov.io' }}
        onOpenSettings={open}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Not connected');
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('shows a busy state while checking', () => {
    render(<ConnectionStatus state={null} onOpenSettings={() => undefined} />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
  });
});
