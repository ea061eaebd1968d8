// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionWords, SenderTable } from '../../../../components/dashboard/sender-table';

afterEach(cleanup);

const sender = {
  id: 7,
  sender_name: 'Ops',
  email_from: 'ops@a.example',
  valid: false,
  suspended: false,
  limitation: 50,
  provider: 'other',
  tags: [],
  imap: null,
};

describe('SenderTable', () => {
  it('puts the connection check in words, with the reason when it failed', () => {
    expect(connectionWords(undefined)).toBe('Not checked yet');
    expect(connectionWords({ state: 'checking' })).toBe('Checking…');
    expect(
      connectionWords({
        state: 'done',
        status: { smtp: { status: 'invalid', errors: ['Connection refused'] }, imap: null },
      }),
    ).toBe('SMTP: failed (Connection refused) · IMAP: not set up');
    expect(
      connectionWords({
        state: 'done',
        status: { smtp: { status: 'valid', errors: [] }, imap: { status: 'pending', errors: [] } },
      }),
    ).toBe('SMTP: connected · IMAP: still checking');
  });

  it('offers a named check and edit per account', () => {
    const onCheck = vi.fn();
    const onEdit = vi.fn();
    render(
      <SenderTable
        senders={[sender]}
        checkOf={() => ({ state: 'done', status: { smtp: { status: 'error', errors: [] }, imap: null } })}
        onCheck={onCheck}
        onEdit={onEdit}
      />,
    );
    expect(screen.getByRole('row', { name: /ops@a.example/u }).textContent).toContain(
      'SMTP: failed (Snov.io gave no reason)',
    );
    expect(screen.getByText('Not working')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check connection of ops@a.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit ops@a.example' }));
    expect(onCheck).toHaveBeenCalledWith(7);
    expect(onEdit).toHaveBeenCalledWith(7);
  });
});
