// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProspectList } from '../../../../components/prospects/prospect-list';
import type { ProspectListProps } from '../../../../components/prospects/prospect-list';
import type { Membership } from '../../../../lib/messaging/protocol';
import { prospect } from './fixtures';

afterEach(cleanup);

function row(rows: HTMLElement[], index: number): HTMLElement {
  const found = rows[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}

const people = [
  prospect('a', { name: 'Ana García' }),
  prospect('b', { name: 'Liam Carter', position: 'Head of Sales' }),
  prospect('c', { name: 'Zoë Müller' }),
];

function Harness(props: Partial<ProspectListProps> & { membership?: Record<string, Membership> }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return (
    <ProspectList
      label="Prospects at acme"
      prospects={people}
      selected={selected}
      onToggle={(key, on) => {
        const next = new Set(selected);
        if (on) next.add(key);
        else next.delete(key);
        setSelected(next);
      }}
      onToggleAll={(on) => {
        setSelected(on ? new Set(people.map((p) => p.key)) : new Set());
      }}
      onCopy={vi.fn()}
      {...props}
    />
  );
}

describe('ProspectList', () => {
  it('selects prospects by their name', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ana García' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Liam Carter' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all' }).indeterminate).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Liam Carter' }));
    expect(screen.getByText('1 selected')).toBeTruthy();
  });

  it('selects and clears all with "Select all"', () => {
    render(<Harness />);
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    fireEvent.click(all);
    expect(screen.getByText('3 selected')).toBeTruthy();
    for (const p of people)
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: p.name }).checked).toBe(true);
    fireEvent.click(all);
    expect(screen.getByText('0 selected')).toBeTruthy();
  });

  it('marks prospects already in the chosen list', () => {
    render(<Harness membership={{ a: 'in-list', b: 'saving', c: 'not-in-list' }} />);
    const list = screen.getByRole('list', { name: 'Prospects at acme' });
    const rows = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('prospect-row'));
    expect(within(row(rows, 0)).getByText('Already in list')).toBeTruthy();
    expect(within(row(rows, 1)).getByText('Adding…')).toBeTruthy();
    expect(within(row(rows, 2)).queryByText('Already in list')).toBeNull();
  });

  it('shows the position and e-mail status, and fresh verifications win', () => {
    render(
      <Harness
        verifications={{
          'b@acme-robotics.example': {
            email: 'b@acme-robotics.example',
            status: 'unknown',
            reason: 'catchall',
          },
        }}
      />,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Liam Carter' }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(screen.getByText(/Head of Sales/)).toBeTruthy();
    const emails = screen.getByRole('list', { name: 'E-mails of Liam Carter' });
    expect(within(emails).getByText('Unknown: catch-all server')).toBeTruthy();
  });

  it('offers to reveal a domain-search prospect e-mail and says what it may cost', () => {
    const onReveal = vi.fn();
    const hidden = prospect('h', { name: 'Hidden Person', emails: [], prospectHash: 'abc' });
    render(
      <ProspectList
        label="x"
        prospects={[hidden]}
        selected={new Set()}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
        onCopy={vi.fn()}
        onReveal={onReveal}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Get e-mail of Hidden Person (1 credit if found)' }));
    expect(onReveal).toHaveBeenCalledWith(hidden);
  });

  it('links LinkedIn only for http(s) URLs', () => {
    const evil = prospect('e', { name: 'Evil', linkedinUrl: 'javascript:alert(1)' });
    const good = prospect('g', { name: 'Good' });
    render(
      <ProspectList
        label="x"
        prospects={[evil, good]}
        selected={new Set()}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.queryByRole('link', { name: 'LinkedIn profile of Evil' })).toBeNull();
    expect(screen.getByRole('link', { name: 'LinkedIn profile of Good' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/person-g',
    );
  });

  it('says so when there is nobody', () => {
    render(
      <ProspectList
        label="x"
        prospects={[]}
        selected={new Set()}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
        onCopy={vi.fn()}
        emptyText="Nobody here."
      />,
    );
    expect(screen.getByText('Nobody here.')).toBeTruthy();
  });
});
