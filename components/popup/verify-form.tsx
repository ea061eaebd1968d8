import { useId, useState } from 'preact/hooks';
import { parseEmailList } from '../../lib/state/prospect-input';
import { Button } from '../ui/button';
import { CreditCost } from './credit-cost';

export interface VerifyFormProps {
  /** Resolves true when the background accepted the job. */
  readonly onVerify: (emails: readonly string[]) => Promise<boolean>;
  readonly balance: number | null;
}

const MAX = 1000;

/** "Verify e-mails": a pasted list, deduplicated, with the credits it may cost before it runs. */
export function VerifyForm({ onVerify, balance }: VerifyFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const { emails, invalid } = parseEmailList(text);
  const tooMany = emails.length > MAX;
  return (
    <form
      aria-label="Verify e-mails"
      onSubmit={(event) => {
        event.preventDefault();
        if (emails.length === 0 || tooMany) return;
        setBusy(true);
        void onVerify(emails).then((accepted) => {
          setBusy(false);
          if (accepted) setText('');
        });
      }}
    >
      <div class="field">
        <label for={id}>E-mails to verify</label>
        <textarea
          id={id}
          rows={4}
          value={text}
          placeholder="One per line, or separated by commas"
          aria-describedby={`${id}-summary`}
          aria-invalid={tooMany ? true : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
          }}
        />
        <span id={`${id}-summary`} class="hint">
          {emails.length} {emails.length === 1 ? 'address' : 'addresses'}
          {invalid.length > 0 ? `, ${invalid.length} ignored (not an e-mail)` : ''}
          {tooMany ? `: at most ${MAX} at a time` : ''}
        </span>
      </div>
      {emails.length > 0 ? (
        <CreditCost
          credits={emails.length}
          balance={balance}
          what="1 per address; results already checked are free"
        />
      ) : null}
      <Button type="submit" variant="primary" busy={busy} disabled={emails.length === 0 || tooMany}>
        {emails.length > 0
          ? `Verify ${emails.length} ${emails.length === 1 ? 'e-mail' : 'e-mails'}`
          : 'Verify e-mails'}
      </Button>
    </form>
  );
}
