// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileCard } from '../../../../components/sidepanel/profile-card';
import type { ProfileCardProps } from '../../../../components/sidepanel/profile-card';

const person = {
  url: 'https://www.linkedin.com/in/ada',
  name: 'Ada Lindqvist',
  headline: 'CTO at Northwind',
};
const base: ProfileCardProps = {
  person,
  prospect: { key: person.url, name: 'Ada Lindqvist', emails: [] },
  entry: undefined,
  finder: undefined,
  finderDefaults: { firstName: 'Ada', lastName: 'Lindqvist', domain: 'northwind.example' },
  membership: undefined,
  onEnrich: vi.fn(),
  onFind: vi.fn(),
  onCopy: vi.fn(),
};

afterEach(cleanup);

describe('ProfileCard', () => {
  it('shows the person from the page and one-click Enrich', () => {
    const onEnrich = vi.fn();
    render(<ProfileCard {...base} onEnrich={onEnrich} />);
    expect(screen.getByRole('heading', { name: 'Ada Lindqvist' })).toBeTruthy();
    expect(screen.getByText('CTO at Northwind')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enrich' }));
    expect(onEnrich).toHaveBeenCalledOnce();
  });

  it('shows e-mails with their verification status in words once enriched', () => {
    const prospect = {
      key: 'li:in:ada',
      name: 'Ada Lindqvist',
      emails: [{ email: 'ada@northwind.example', status: 'unknown' as const, reason: 'catchall' as const }],
    };
    render(
      <ProfileCard {...base} prospect={prospect} entry={{ status: 'done', prospect }} membership="in-list" />,
    );
    expect(screen.getByRole('button', { name: 'Copy ada@northwind.example' })).toBeTruthy();
    expect(screen.getByText('Unknown: catch-all server')).toBeTruthy();
    expect(screen.getByText('Already in list')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Find e-mail/ })).toBeNull();
  });

  it('offers Find e-mail, pre-filled, when enrichment found no address', () => {
    const onFind = vi.fn();
    render(<ProfileCard {...base} entry={{ status: 'not-found' }} onFind={onFind} />);
    expect(screen.getByLabelText<HTMLInputElement>('Company domain').value).toBe('northwind.example');
    fireEvent.click(screen.getByRole('button', { name: 'Find e-mail' }));
    expect(onFind).toHaveBeenCalledWith({
      firstName: 'Ada',
      lastName: 'Lindqvist',
      domain: 'northwind.example',
    });
  });
});
