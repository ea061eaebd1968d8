// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialsForm } from '../../../../components/settings/credentials-form';

afterEach(cleanup);

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CredentialsForm', () => {
  it('submits trimmed values', () => {
    const submit = vi.fn();
    render(<CredentialsForm initialBaseUrl="https://api.snov.io" busy={false} onSubmit={submit} />);
    type('API User ID', '  user ');
    type('API Secret', 'secret ');
    fireEvent.click(screen.getByRole('button', { name: 'Save and connect' }));
    expect(submit).toHaveBeenCalledWith({
      clientId: 'user',
      clientSecret: 'secret',
      baseUrl: 'https://api.snov.io',
    });
  });

  it('catches empty fields and a bad base URL without submitting', () => {
    const submit = vi.fn();
    render(<CredentialsForm initialBaseUrl="ftp://x" busy={false} onSubmit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and connect' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('API User ID').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter your API Secret.')).toBeTruthy();
    expect(screen.getByText('Enter an address starting with https://')).toBeTruthy();
  });

  it('fills the sandbox preset', () => {
    const submit = vi.fn();
    const preset = {
      clientId: 'demo-user-id',
      clientSecret: 'demo-secret',
      baseUrl: 'http://127.0.0.1:8787',
    };
    render(
      <CredentialsForm
        initialBaseUrl="https://api.snov.io"
        busy={false}
        onSubmit={submit}
        sandboxPreset={preset}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use the local sandbox' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and connect' }));
    expect(submit).toHaveBeenCalledWith(preset);
  });

  it('cannot be submitted twice while checking', () => {
    render(<CredentialsForm initialBaseUrl="https://api.snov.io" busy onSubmit={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Checking…' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
  });
});
