// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignPicker } from '../../../../components/prospects/campaign-picker';
import { ListPicker } from '../../../../components/prospects/list-picker';

afterEach(cleanup);

const lists = [
  { id: 1, name: 'Leads', contacts: 4 },
  { id: 2, name: 'Partners', contacts: 0 },
];

describe('ListPicker', () => {
  it('picks an existing list', () => {
    const onChange = vi.fn();
    render(<ListPicker lists={lists} value={null} onChange={onChange} onCreate={vi.fn()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'List' }), { target: { value: '2' } });
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('creates a new list by name', () => {
    const onCreate = vi.fn();
    render(<ListPicker lists={lists} value={null} onChange={vi.fn()} onCreate={onCreate} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'List' }), { target: { value: 'new' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'New list name' }), {
      target: { value: '  Fair 2026 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    expect(onCreate).toHaveBeenCalledWith('Fair 2026');
    expect(screen.queryByRole('textbox', { name: 'New list name' })).toBeNull();
  });

  it('refuses an empty name without calling back', () => {
    const onCreate = vi.fn();
    render(<ListPicker lists={lists} value={null} onChange={vi.fn()} onCreate={onCreate} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'List' }), { target: { value: 'new' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create list' }));
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'New list name' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Name the list.')).toBeTruthy();
  });
});

describe('CampaignPicker', () => {
  const campaigns = [
    { id: 10, name: 'Spring outreach', listId: 1, status: 'active' },
    { id: 11, name: 'Draft', listId: null, status: 'draft' },
  ];

  it("says the prospects go to the campaign's list", () => {
    render(<CampaignPicker campaigns={campaigns} lists={lists} value={10} onChange={vi.fn()} />);
    expect(screen.getByText("Goes to the campaign's list: Leads")).toBeTruthy();
  });

  it('reports the choice', () => {
    const onChange = vi.fn();
    render(<CampaignPicker campaigns={campaigns} lists={lists} value={null} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Campaign' }), { target: { value: '10' } });
    expect(onChange).toHaveBeenCalledWith(10);
  });
});
