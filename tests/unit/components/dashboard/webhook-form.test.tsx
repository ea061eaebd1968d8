// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebhookForm } from '../../../../components/dashboard/webhook-form';
import { WebhookLimits } from '../../../../components/dashboard/webhook-limits';
import { ConfirmButton } from '../../../../components/dashboard/confirm-button';

afterEach(cleanup);

describe('webhooks', () => {
  it('offers events under readable names and refuses a non-http address before sending', () => {
    const onSubmit = vi.fn();
    render(<WebhookForm busy={false} onSubmit={onSubmit} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Event');
    expect([...select.options].map((option) => option.text)).toContain('LinkedIn connection accepted');
    fireEvent.change(select, { target: { value: 'campaign_email/opened' } });
    fireEvent.input(screen.getByLabelText('Endpoint URL'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Endpoint URL').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(screen.getByLabelText('Endpoint URL'), { target: { value: 'https://hooks.example/t' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ object: 'campaign_email', action: 'opened', label: 'E-mail opened' }),
      'https://hooks.example/t',
    );
  });

  it('explains the plan requirement and the 50 limit when hit', () => {
    const { rerender } = render(
      <WebhookLimits
        count={2}
        error={{ kind: 'refused', message: 'Webhooks are available on premium plans only.' }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('premium plan');
    rerender(<WebhookLimits count={50} error={null} />);
    expect(screen.getByRole('alert').textContent).toContain('limit of 50 webhooks');
    rerender(<WebhookLimits count={3} error={null} />);
    expect(screen.getByText(/3 of 50 webhooks used/u)).toBeTruthy();
  });

  it('asks before deleting, and Escape cancels', () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton label="Delete webhook 8" question="Delete the webhook?" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete webhook 8' }));
    fireEvent.keyDown(screen.getByRole('alertdialog', { name: 'Delete the webhook?' }), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete webhook 8' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete webhook 8' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
