import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { EMPTY_SENDER, SenderForm } from '../../../components/dashboard/sender-form';
import type { SenderFormValues } from '../../../components/dashboard/sender-form';
import { SenderTable } from '../../../components/dashboard/sender-table';
import type { SenderCheck } from '../../../components/dashboard/sender-table';
import { ErrorBanner } from '../../../components/status/error-banner';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { Section } from '../../../components/ui/section';
import type { ApiError } from '../../../lib/errors';
import type { SenderAccountSummary } from '../../../lib/messaging/protocol/outreach';
import { selectQuery } from '../../../lib/state/dashboard-store';
import { useActions, useDashboardStore, useQuery } from '../use-dashboard';
import { createSenderPayload, senderChanges } from './sender-payload';

/** A connection check is asynchronous (REFERENCE.md §10): re-read while pending, a few times. */
const POLL_MS = 1500;
const MAX_POLLS = 8;

function formOf(sender: SenderAccountSummary): SenderFormValues {
  return {
    ...EMPTY_SENDER,
    senderName: sender.sender_name,
    email: sender.email_from,
    dailyLimit: sender.limitation === undefined ? '' : String(sender.limitation),
  };
}

/** Sender accounts: list, add, edit, and the connection check in words. */
export function SendersSection() {
  const store = useDashboardStore();
  const senders = useQuery('listSenderAccounts', undefined);
  const { mutate, pending } = useActions();
  const [mode, setMode] = useState<
    { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; sender: SenderAccountSummary }
  >({ kind: 'list' });
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const polls = useRef(new Map<number, number>());
  const queries = useStore(store, (state) => state.queries);
  const checkOf = (id: number): SenderCheck | undefined => {
    const remote = selectQuery({ queries }, 'getSenderStatus', { id });
    if (!remote || remote.status === 'idle') return undefined;
    if (remote.status === 'loading') return { state: 'checking' };
    return remote.status === 'error'
      ? { state: 'failed', error: remote.error }
      : { state: 'done', status: remote.value };
  };
  const check = (id: number) => {
    polls.current.set(id, 0);
    void store.getState().load('getSenderStatus', { id }, { force: true });
  };
  useEffect(() => {
    const timers = [...polls.current.entries()].flatMap(([id, count]) => {
      const remote = selectQuery({ queries }, 'getSenderStatus', { id });
      const isPending =
        remote?.status === 'ready' &&
        (remote.value.smtp.status === 'pending' || remote.value.imap?.status === 'pending');
      if (!isPending || count >= MAX_POLLS) return [];
      polls.current.set(id, count + 1);
      return [
        setTimeout(() => void store.getState().load('getSenderStatus', { id }, { force: true }), POLL_MS),
      ];
    });
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  }, [queries, store]);
  const add = async (values: SenderFormValues) => {
    const result = await mutate('createSenderAccount', createSenderPayload(values), ['listSenderAccounts']);
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    setMode({ kind: 'list' });
    setMessage(`Added ${result.value.email_from}; checking the connection…`);
    check(result.value.id);
  };
  const edit = async (sender: SenderAccountSummary, values: SenderFormValues) => {
    const changes = senderChanges(formOf(sender), values);
    if (Object.keys(changes).length === 0) {
      setMode({ kind: 'list' });
      return;
    }
    const result = await mutate('updateSenderAccount', { id: sender.id, changes }, ['listSenderAccounts']);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setMode({ kind: 'list' });
      setMessage(`Saved ${sender.email_from}.`);
      check(sender.id);
    }
  };
  return (
    <>
      <div class="spread page-head">
        <h1>Sender accounts</h1>
        {mode.kind === 'list' ? (
          <Button
            variant="primary"
            onClick={() => {
              setMode({ kind: 'add' });
            }}
          >
            Add sender account
          </Button>
        ) : null}
      </div>
      <LiveRegion message={message} />
      {error ? <ErrorBanner error={error} /> : null}
      {mode.kind === 'add' ? (
        <Section title="New sender account (SMTP/IMAP)">
          <SenderForm
            mode="create"
            initial={EMPTY_SENDER}
            busy={pending['createSenderAccount'] === true}
            onSubmit={(values) => void add(values)}
            onCancel={() => {
              setMode({ kind: 'list' });
            }}
          />
        </Section>
      ) : null}
      {mode.kind === 'edit' ? (
        <Section title={`Edit ${mode.sender.email_from}`}>
          <SenderForm
            mode="edit"
            initial={formOf(mode.sender)}
            busy={pending['updateSenderAccount'] === true}
            onSubmit={(values) => void edit(mode.sender, values)}
            onCancel={() => {
              setMode({ kind: 'list' });
            }}
          />
        </Section>
      ) : null}
      <RemoteView remote={senders} what="sender accounts">
        {(list) => (
          <SenderTable
            senders={list}
            checkOf={checkOf}
            onCheck={check}
            onEdit={(id) => {
              const sender = list.find((item) => item.id === id);
              if (sender) setMode({ kind: 'edit', sender });
            }}
          />
        )}
      </RemoteView>
    </>
  );
}
