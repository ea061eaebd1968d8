// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RemoteStatus } from '../../../../components/popup/remote-status';
import { ErrorBanner } from '../../../../components/status/error-banner';
import { describeError } from '../../../../lib/describe-error';
import type { ApiError } from '../../../../lib/errors';

afterEach(cleanup);

// Wording belongs to describeError (lib/describe-error.ts); this pins that every kind reaches the
// banner as its title and detail, never as JSON.
const cases: ApiError[] = [
  { kind: 'auth-invalid' },
  { kind: 'auth-expired' },
  { kind: 'not-connected' },
  { kind: 'out-of-credits' },
  { kind: 'rate-limited', retryAfterMs: 20_000 },
  { kind: 'offline' },
  { kind: 'invalid-input', field: 'domain', message: 'Enter a domain like acme.com' },
  { kind: 'not-found' },
  { kind: 'invalid-response', path: 'data.emails', message: 'x' },
  { kind: 'server', status: 503 },
  { kind: 'refused', message: 'List is locked' },
  { kind: 'task-timeout', taskHash: 'abc' },
  { kind: 'aborted' },
];

describe('error banners', () => {
  it.each(cases)('%j is said in plain words', (error) => {
    render(<ErrorBanner error={error} />);
    const banner = screen.getAllByRole(/alert|status/)[0];
    const text = describeError(error);
    expect(banner?.textContent).toContain(text.title);
    expect(banner?.textContent).toContain(text.detail);
    expect(banner?.textContent).not.toContain('{');
  });

  it.each([
    [{ kind: 'rate-limited', retryAfterMs: 20_000 } as const, /\b20\b/],
    [{ kind: 'server', status: 503 } as const, /503/],
    [{ kind: 'refused', message: 'List is locked' } as const, /List is locked/],
  ])('%j keeps its specifics', (error, specific) => {
    render(<ErrorBanner error={error} />);
    expect(screen.getAllByRole(/alert|status/)[0]?.textContent).toMatch(specific);
  });

  it('offers the next action', () => {
    const onAction = vi.fn();
    render(<ErrorBanner error={{ kind: 'auth-expired' }} onAction={onAction} actionLabel="Open settings" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onAction).toHaveBeenCalled();
  });

  it('a failed section shows its error with "Try again"', () => {
    const onRetry = vi.fn();
    render(
      <RemoteStatus
        status="error"
        error={{ kind: 'server', status: 500 }}
        loadingText="Loading…"
        onRetry={onRetry}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('a loading section says what it is doing', () => {
    render(<RemoteStatus status="loading" loadingText="Looking for prospects…" />);
    expect(screen.getByText('Looking for prospects…').getAttribute('aria-busy')).toBe('true');
  });
});
