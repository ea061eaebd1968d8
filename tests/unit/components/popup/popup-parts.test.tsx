// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainPicker } from '../../../../components/popup/domain-picker';
import { JobProgress } from '../../../../components/popup/job-progress';
import { Onboarding } from '../../../../components/popup/onboarding';
import { SaveBar } from '../../../../components/popup/save-bar';
import { VerifyForm } from '../../../../components/popup/verify-form';
import type { JobView } from '../../../../lib/messaging/protocol/dto';

afterEach(cleanup);

describe('VerifyForm', () => {
  it('counts a pasted list, shows what it may cost, and sends it', async () => {
    const onVerify = vi.fn(() => Promise.resolve(true));
    render(<VerifyForm onVerify={onVerify} balance={5} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'E-mails to verify' }), {
      target: { value: 'a@x.example, b@x.example\nA@X.example; nonsense\n<c@x.example>' },
    });
    expect(screen.getByText(/3 addresses, 1 ignored/)).toBeTruthy();
    expect(screen.getByText(/May cost up to 3 credits/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verify 3 e-mails' }));
    expect(onVerify).toHaveBeenCalledWith(['a@x.example', 'b@x.example', 'c@x.example']);
    await waitFor(() => {
      expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'E-mails to verify' }).value).toBe('');
    });
  });

  it('warns when the balance is short', () => {
    render(<VerifyForm onVerify={vi.fn(() => Promise.resolve(true))} balance={1} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'E-mails to verify' }), {
      target: { value: 'a@x.example b@x.example' },
    });
    expect(screen.getByText(/You have 1 left/)).toBeTruthy();
  });
});

describe('JobProgress', () => {
  const job = (over: Partial<JobView>): JobView => ({
    id: 'j1',
    kind: 'verify',
    status: 'running',
    total: 12,
    done: 3,
    failed: 0,
    label: 'Verify 12 e-mails',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  });

  it('counts down while rate limited', () => {
    render(
      <JobProgress
        jobs={[job({ status: 'waiting', errorKind: 'rate-limited', retryAt: 21_000 })]}
        now={1_000}
        onCancel={vi.fn()}
        onRetry={vi.fn()}
      />,
    );
    expect(screen.getByText(/slow down · retrying in 20 s · 3 of 12 done/)).toBeTruthy();
  });

  it('says offline work is queued, and can be cancelled', () => {
    const onCancel = vi.fn();
    render(
      <JobProgress
        jobs={[job({ status: 'waiting', errorKind: 'offline', retryAt: 5000 })]}
        now={0}
        onCancel={onCancel}
        onRetry={vi.fn()}
      />,
    );
    // No countdown: offline work waits for the network, not for a time.
    expect(screen.getByText(/^Offline: will send when you are back online · \d+ of \d+ done$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel Verify 12 e-mails' }));
    expect(onCancel).toHaveBeenCalledWith('j1');
  });

  it('offers a retry for failed work', () => {
    const onRetry = vi.fn();
    render(
      <JobProgress
        jobs={[job({ status: 'failed', errorKind: 'out-of-credits' })]}
        now={0}
        onCancel={vi.fn()}
        onRetry={onRetry}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry Verify 12 e-mails' }));
    expect(onRetry).toHaveBeenCalledWith('j1');
  });
});

describe('Onboarding', () => {
  it('explains where the credentials are and offers settings and the sandbox', () => {
    const onOpenSettings = vi.fn();
    const onTrySandbox = vi.fn();
    render(<Onboarding onOpenSettings={onOpenSettings} onTrySandbox={onTrySandbox} />);
    expect(screen.getByRole('heading', { name: 'Connect your Snov.io account' })).toBeTruthy();
    expect(screen.getByText(/Account → API/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try the local sandbox' }));
    expect(onOpenSettings).toHaveBeenCalled();
    expect(onTrySandbox).toHaveBeenCalled();
  });
});

describe('DomainPicker', () => {
  it('lists the other candidates with their evidence and reports a choice', () => {
    const onChoose = vi.fn();
    const candidates = [
      {
        domain: 'acme.example',
        score: 9,
        evidence: [{ kind: 'json-ld-url', value: 'https://acme.example' }],
      },
      {
        domain: 'acme-holdings.example',
        score: 2,
        evidence: [{ kind: 'mailto', value: 'x@acme-holdings.example' }],
      },
    ];
    render(<DomainPicker candidates={candidates} value="acme.example" onChoose={onChoose} />);
    expect(screen.getByText(/seen in e-mail link/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /acme-holdings\.example/ }));
    expect(onChoose).toHaveBeenCalledWith('acme-holdings.example');
  });
});

describe('SaveBar', () => {
  it('adds the selection to the chosen list, and switches to campaigns', () => {
    const onAdd = vi.fn();
    const props = {
      selectedCount: 2,
      lists: [{ id: 1, name: 'Leads', contacts: 0 }],
      campaigns: [{ id: 9, name: 'Spring', listId: 1, status: 'active' }],
      listId: 1,
      campaignId: 9,
      onSelectList: vi.fn(),
      onSelectCampaign: vi.fn(),
      onCreateList: vi.fn(),
      isCreatingList: false,
      isSaving: false,
      onAdd,
      onExport: vi.fn(),
    };
    render(<SaveBar {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 prospects to list' }));
    expect(onAdd).toHaveBeenCalledWith({ kind: 'list', listId: 1 });
    fireEvent.click(screen.getByRole('radio', { name: 'Add to campaign' }));
    expect(screen.getByText("Goes to the campaign's list: Leads")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 prospects to campaign' }));
    expect(onAdd).toHaveBeenLastCalledWith({ kind: 'campaign', campaignId: 9 });
  });
});
