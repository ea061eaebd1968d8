import { useState } from 'preact/hooks';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { WarmUpForm } from '../../../components/dashboard/warm-up-form';
import type { WarmUpFormValues } from '../../../components/dashboard/warm-up-form';
import { WarmUpStats } from '../../../components/dashboard/warm-up-stats';
import { WarmUpTable } from '../../../components/dashboard/warm-up-table';
import type { WarmUpChange } from '../../../components/dashboard/warm-up-table';
import { ErrorBanner } from '../../../components/status/error-banner';
import { Button } from '../../../components/ui/button';
import { Section } from '../../../components/ui/section';
import type { ApiError } from '../../../lib/errors';
import { useActions, useQuery } from '../use-dashboard';

type Period = 'two_weeks' | 'month';

function Statistics({ id }: { readonly id: number }) {
  const [period, setPeriod] = useState<Period>('two_weeks');
  const stats = useQuery('getWarmUpStatistics', { id, period });
  return (
    <Section title="Daily statistics">
      <div class="field inline">
        <label for="warm-up-period">Period</label>
        <select
          id="warm-up-period"
          value={period}
          onChange={(event) => {
            setPeriod(event.currentTarget.value === 'month' ? 'month' : 'two_weeks');
          }}
        >
          <option value="two_weeks">Last two weeks</option>
          <option value="month">Last month</option>
        </select>
      </div>
      <RemoteView remote={stats} what="warm-up statistics">
        {(value) => <WarmUpStats stats={value} />}
      </RemoteView>
    </Section>
  );
}

/** Warm-ups: list, start, pause/resume/complete, delete, and daily statistics. */
export function WarmUpSection() {
  const warmUps = useQuery('listWarmUps', {});
  const senders = useQuery('listSenderAccounts', undefined);
  const { mutate, pending } = useActions();
  const [isAdding, setAdding] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const busy = pending['updateWarmUp'] === true || pending['deleteWarmUp'] === true;
  const create = async (values: WarmUpFormValues) => {
    if (values.emailAccountId === null) return;
    const progressive =
      values.strategy === 'progressive' ? { from: values.from, increase: values.increase } : {};
    const result = await mutate(
      'createWarmUp',
      {
        email_account_id: values.emailAccountId,
        strategy: values.strategy,
        per_day: values.perDay,
        reply_rate: values.replyRate,
        ...progressive,
        ...(values.deadline ? { campaign_deadline: values.deadline } : {}),
      },
      ['listWarmUps'],
    );
    setError(result.ok ? null : result.error);
    if (result.ok) setAdding(false);
  };
  const change = async (id: number, status: WarmUpChange) => {
    const result = await mutate('updateWarmUp', { id, changes: { status } }, ['listWarmUps']);
    setError(result.ok ? null : result.error);
  };
  const remove = async (id: number) => {
    const result = await mutate('deleteWarmUp', { id }, ['listWarmUps']);
    setError(result.ok ? null : result.error);
    if (result.ok && selected === id) setSelected(null);
  };
  return (
    <>
      <div class="spread page-head">
        <h1>Warm-up</h1>
        {isAdding ? null : (
          <Button
            variant="primary"
            onClick={() => {
              setAdding(true);
            }}
          >
            Start a warm-up
          </Button>
        )}
      </div>
      {error ? <ErrorBanner error={error} /> : null}
      {isAdding ? (
        <Section title="New warm-up">
          <RemoteView remote={senders} what="sender accounts">
            {(list) => (
              <WarmUpForm
                senders={list}
                busy={pending['createWarmUp'] === true}
                onSubmit={(values) => void create(values)}
              />
            )}
          </RemoteView>
        </Section>
      ) : null}
      <RemoteView remote={warmUps} what="warm-ups">
        {(page) => (
          <WarmUpTable
            warmUps={page.items}
            busy={busy}
            selectedId={selected}
            onShowStatistics={setSelected}
            onChange={(id, status) => void change(id, status)}
            onDelete={(id) => void remove(id)}
          />
        )}
      </RemoteView>
      {selected === null ? null : <Statistics key={selected} id={selected} />}
    </>
  );
}
