// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleList } from '../../../../components/sidepanel/people-list';
import type { PeopleListItem } from '../../../../components/sidepanel/people-list';

const items: PeopleListItem[] = [
  {
    url: 'https://www.linkedin.com/in/ada',
    prospect: {
      key: 'li:in:ada',
      name: 'Ada Lindqvist',
      emails: [{ email: 'ada@northwind.example', status: 'valid' }],
    },
    entry: { status: 'done', prospect: { key: 'li:in:ada', name: 'Ada Lindqvist', emails: [] } },
  },
  {
    url: 'https://www.linkedin.com/in/ben',
    prospect: { key: 'https://www.linkedin.com/in/ben', name: 'Ben Okafor', emails: [] },
    entry: { status: 'failed', error: { kind: 'out-of-credits' } },
  },
  { url: 'javascript:alert(1)', prospect: { key: 'x', name: 'Mallory', emails: [] }, entry: undefined },
];

afterEach(cleanup);

describe('PeopleList', () => {
  it('names every checkbox after the person and says each state in words', () => {
    render(
      <PeopleList
        items={items}
        selected={new Set()}
        membership={{ 'li:in:ada': 'in-list' }}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Ada Lindqvist' })).toBeTruthy();
    expect(screen.getByText('Failed: out of credits')).toBeTruthy();
    expect(screen.getByText('Not enriched')).toBeTruthy();
    expect(screen.getByText('Already in list')).toBeTruthy();
    expect(screen.getByText('Valid')).toBeTruthy();
    // A failed row is marked but the others keep their results.
    expect(screen.getByRole('listitem', { name: 'Ben Okafor' }).className).toContain('is-failed');
  });

  it('links only http(s) profile URLs', () => {
    render(
      <PeopleList
        items={items}
        selected={new Set()}
        membership={{}}
        onToggle={vi.fn()}
        onToggleAll={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByRole('link', { name: 'LinkedIn profile of Ada Lindqvist' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/ada',
    );
    expect(screen.queryByRole('link', { name: 'LinkedIn profile of Mallory' })).toBeNull();
  });

  it('selects one and all from the keyboard-reachable checkboxes', () => {
    const onToggle = vi.fn();
    const onToggleAll = vi.fn();
    render(
      <PeopleList
        items={items}
        selected={new Set(['https://www.linkedin.com/in/ada'])}
        membership={{}}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        onCopy={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ben Okafor' }));
    expect(onToggle).toHaveBeenCalledWith('https://www.linkedin.com/in/ben', true);
    const all = screen.getByRole('checkbox', { name: 'Select all 3' });
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    fireEvent.click(all);
    expect(onToggleAll).toHaveBeenCalledWith(true);
  });
});
