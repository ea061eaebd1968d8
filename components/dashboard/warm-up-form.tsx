import { useState } from 'preact/hooks';
import type { SenderAccountSummary } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface WarmUpFormValues {
  readonly emailAccountId: number | null;
  readonly strategy: 'progressive' | 'steady';
  readonly perDay: number;
  readonly from: number;
  readonly increase: number;
  readonly replyRate: number;
  readonly deadline: string;
}

export interface WarmUpFormProps {
  readonly senders: readonly SenderAccountSummary[];
  readonly busy: boolean;
  readonly onSubmit: (values: WarmUpFormValues) => void;
}

const INITIAL: WarmUpFormValues = {
  emailAccountId: null,
  strategy: 'progressive',
  perDay: 40,
  from: 2,
  increase: 2,
  replyRate: 30,
  deadline: '',
};
const num = (text: string): number => Number(text) || 0;

/** Starts a warm-up for a sender account (progressive: from N a day, +M a day, up to the target). */
export function WarmUpForm({ senders, busy, onSubmit }: WarmUpFormProps) {
  const [values, setValues] = useState<WarmUpFormValues>({
    ...INITIAL,
    emailAccountId: senders[0]?.id ?? null,
  });
  const [error, setError] = useState<string | undefined>();
  const set = (change: Partial<WarmUpFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const problem =
      values.emailAccountId === null
        ? 'Pick a sender account.'
        : values.perDay < 1 || values.perDay > 1000
          ? 'E-mails per day is 1 to 1000.'
          : values.strategy === 'progressive' &&
              (values.from < 1 || values.from > 5 || values.increase < 1 || values.increase > 5)
            ? 'Start and daily increase are 1 to 5.'
            : values.replyRate < 10 || values.replyRate > 45
              ? 'Reply rate is 10 to 45 %.'
              : undefined;
    setError(problem);
    if (problem === undefined) onSubmit(values);
  };
  return (
    <form class="form-grid" aria-label="Start a warm-up" onSubmit={submit} noValidate>
      <div class="field">
        <label for="warm-up-sender">Sender account</label>
        <select
          id="warm-up-sender"
          value={values.emailAccountId ?? ''}
          onChange={(event) => {
            set({ emailAccountId: Number(event.currentTarget.value) || null });
          }}
        >
          {senders.map((sender) => (
            <option key={sender.id} value={sender.id}>
              {sender.email_from}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="warm-up-strategy">Strategy</label>
        <select
          id="warm-up-strategy"
          value={values.strategy}
          onChange={(event) => {
            set({ strategy: event.currentTarget.value === 'steady' ? 'steady' : 'progressive' });
          }}
        >
          <option value="progressive">Progressive (grow every day)</option>
          <option value="steady">Steady (same volume every day)</option>
        </select>
      </div>
      <TextField
        label="E-mails per day (target)"
        type="number"
        value={String(values.perDay)}
        onInput={(text) => {
          set({ perDay: num(text) });
        }}
        error={error}
      />
      {values.strategy === 'progressive' ? (
        <>
          <TextField
            label="Start with (per day)"
            type="number"
            value={String(values.from)}
            onInput={(text) => {
              set({ from: num(text) });
            }}
          />
          <TextField
            label="Increase by (per day)"
            type="number"
            value={String(values.increase)}
            onInput={(text) => {
              set({ increase: num(text) });
            }}
          />
        </>
      ) : null}
      <TextField
        label="Reply rate (%)"
        type="number"
        value={String(values.replyRate)}
        onInput={(text) => {
          set({ replyRate: num(text) });
        }}
      />
      <div class="field">
        <label for="warm-up-deadline">End date (optional)</label>
        <input
          id="warm-up-deadline"
          type="date"
          value={values.deadline}
          onChange={(event) => {
            set({ deadline: event.currentTarget.value });
          }}
        />
      </div>
      <Button type="submit" variant="primary" busy={busy}>
        Start warm-up
      </Button>
    </form>
  );
}
