// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountSummary } from '../../../../components/settings/account-summary';
import { DefaultsSection } from '../../../../components/settings/defaults-section';
import { NotificationsSection } from '../../../../components/settings/notifications-section';
import { SitesSection } from '../../../../components/settings/sites-section';

afterEach(cleanup);

describe('options sections', () => {
  it('shows the account and balance, and disconnects', () => {
    const onDisconnect = vi.fn();
    render(
      <AccountSummary
        state={{
          status: 'connected',
          baseUrl: 'https://api.snov.io',
          balance: 1234,
          accountLabel: 'demo-user-id',
          checkedAt: 0,
        }}
        onDisconnect={onDisconnect}
        onRefresh={vi.fn()}
      />,
    );
    expect(screen.getByText('demo-user-id')).toBeTruthy();
    expect(screen.getByText('1,234 credits')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(onDisconnect).toHaveBeenCalled();
  });

  it('lists detection sites with a way to turn each off, and adds one', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    render(<SitesSection origins={['https://acme.com']} onAdd={onAdd} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for https://acme.com' }));
    expect(onRemove).toHaveBeenCalledWith('https://acme.com');
    fireEvent.input(screen.getByRole('textbox', { name: 'Site' }), { target: { value: 'globex.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow detection' }));
    expect(onAdd).toHaveBeenCalledWith('globex.com');
  });

  it('validates the cache time and clears the cache', () => {
    const onCacheTtl = vi.fn();
    const onClearCache = vi.fn();
    render(
      <DefaultsSection
        lists={[]}
        defaultListId={null}
        cacheTtlHours={168}
        onDefaultList={vi.fn()}
        onCacheTtl={onCacheTtl}
        onClearCache={onClearCache}
      />,
    );
    const ttl = screen.getByRole('spinbutton', { name: 'Keep results for (hours)' });
    fireEvent.input(ttl, { target: { value: '-3' } });
    expect(ttl.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(ttl, { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save cache time' }));
    expect(onCacheTtl).toHaveBeenCalledWith(24);
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    expect(onClearCache).toHaveBeenCalled();
  });

  it('toggles reply notifications and their interval', () => {
    const onChange = vi.fn();
    render(<NotificationsSection enabled={false} intervalMinutes={15} onChange={onChange} />);
    expect(
      screen.getByRole<HTMLSelectElement>('combobox', { name: 'Check for replies every' }).disabled,
    ).toBe(true);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Notify me when a prospect replies to a campaign' }),
    );
    expect(onChange).toHaveBeenCalledWith({ enabled: true, intervalMinutes: 15 });
  });
});
