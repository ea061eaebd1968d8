// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmailRow } from '../../../../components/prospects/email-row';
import { EmailStatus } from '../../../../components/prospects/email-status';
import type { EmailInfo } from '../../../../lib/messaging/protocol/dto';

afterEach(cleanup);

type Case = [Pick<EmailInfo, 'status' | 'reason'> | null, string, string];

describe('EmailStatus', () => {
  it.each<Case>([
    [{ status: 'valid' }, 'Valid', 'pill-ok'],
    [{ status: 'not_valid' }, 'Not valid', 'pill-bad'],
    [{ status: 'unknown' }, 'Unknown', 'pill-warn'],
    [{ status: 'unknown', reason: 'catchall' }, 'Unknown: catch-all server', 'pill-warn'],
    [{ status: 'unknown', reason: 'greylist' }, 'Unknown: greylisted', 'pill-warn'],
    [{ status: 'unknown', reason: 'banned' }, 'Unknown: server refuses checks', 'pill-warn'],
    [{ status: 'unknown', reason: 'connection_error' }, 'Unknown: server did not answer', 'pill-warn'],
    [{ status: 'unknown', reason: 'hidden_by_owner' }, 'Unknown: hidden by owner', 'pill-warn'],
    [{ status: 'unverified' }, 'Not verified', 'pill-muted'],
    [null, 'Not verified', 'pill-muted'],
  ])('%j reads "%s" with a matching colour', (info, words, tone) => {
    render(<EmailStatus info={info} />);
    const pill = screen.getByText(words);
    expect(pill.className).toContain(tone);
  });

  it('says it is checking while a verification runs', () => {
    render(<EmailStatus info={{ status: 'valid' }} checking />);
    expect(screen.getByText('Checking…').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('Valid')).toBeNull();
  });
});

describe('EmailRow', () => {
  it('copies on click and verifies on demand', () => {
    const onCopy = vi.fn();
    const onVerify = vi.fn();
    render(
      <ul>
        <EmailRow email="ana@acme.example" info={null} onCopy={onCopy} onVerify={onVerify} />
      </ul>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy ana@acme.example' }));
    expect(onCopy).toHaveBeenCalledWith('ana@acme.example');
    fireEvent.click(screen.getByRole('button', { name: 'Verify ana@acme.example' }));
    expect(onVerify).toHaveBeenCalledWith('ana@acme.example');
  });

  it('offers no Verify for an address already verified', () => {
    render(
      <ul>
        <EmailRow
          email="ana@acme.example"
          info={{ email: 'ana@acme.example', status: 'not_valid' }}
          onCopy={vi.fn()}
          onVerify={vi.fn()}
        />
      </ul>,
    );
    expect(screen.queryByRole('button', { name: /Verify/ })).toBeNull();
    expect(screen.getByText('Not valid')).toBeTruthy();
  });
});
