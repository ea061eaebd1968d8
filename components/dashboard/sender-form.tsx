import { useState } from 'preact/hooks';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

/** SMTP port → the encryption Snov.io requires for it (REFERENCE.md §10). */
export const SMTP_PORTS = { 465: 'ssl', 587: 'tls', 25: 'none' } as const;
/** IMAP port → encryption (993 also accepts tls; ssl is the usual choice). */
export const IMAP_PORTS = { 993: 'ssl', 143: 'none' } as const;

export interface SenderFormValues {
  readonly senderName: string;
  readonly email: string;
  readonly password: string;
  readonly smtpHost: string;
  readonly smtpPort: keyof typeof SMTP_PORTS;
  readonly imapHost: string;
  readonly imapPort: keyof typeof IMAP_PORTS;
  readonly dailyLimit: string;
}

export const EMPTY_SENDER: SenderFormValues = {
  senderName: '',
  email: '',
  password: '',
  smtpHost: '',
  smtpPort: 465,
  imapHost: '',
  imapPort: 993,
  dailyLimit: '',
};

export interface SenderFormProps {
  readonly mode: 'create' | 'edit';
  readonly initial: SenderFormValues;
  readonly busy: boolean;
  readonly onSubmit: (values: SenderFormValues) => void;
  readonly onCancel?: () => void;
}

const toSmtpPort = (value: string): keyof typeof SMTP_PORTS =>
  value === '587' ? 587 : value === '25' ? 25 : 465;

/** SMTP/IMAP sender account fields; the encryption follows the port, so the pair is always valid. */
export function SenderForm({ mode, initial, busy, onSubmit, onCancel }: SenderFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof SenderFormValues, string>>>({});
  const set = (change: Partial<SenderFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<keyof SenderFormValues, string>> = {
      ...(values.senderName.trim() === '' ? { senderName: 'Give a sender name.' } : {}),
      ...(mode === 'create' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(values.email)
        ? { email: 'Enter a valid e-mail address.' }
        : {}),
      ...(mode === 'create' && values.password === ''
        ? { password: 'Give the password or an app password.' }
        : {}),
      ...(mode === 'create' && values.smtpHost.trim() === '' ? { smtpHost: 'Give the SMTP server.' } : {}),
      ...(values.dailyLimit !== '' && !(Number(values.dailyLimit) >= 1 && Number(values.dailyLimit) <= 1200)
        ? { dailyLimit: 'The daily limit is 1 to 1200.' }
        : {}),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };
  return (
    <form
      class="form-grid"
      aria-label={mode === 'create' ? 'Add a sender account' : 'Edit sender account'}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label="Sender name"
        value={values.senderName}
        onInput={(senderName) => {
          set({ senderName });
        }}
        error={errors.senderName}
      />
      {mode === 'create' ? (
        <TextField
          label="E-mail address"
          type="email"
          value={values.email}
          onInput={(email) => {
            set({ email });
          }}
          error={errors.email}
        />
      ) : null}
      <TextField
        label="Password"
        type="password"
        value={values.password}
        onInput={(password) => {
          set({ password });
        }}
        error={errors.password}
        hint={
          mode === 'edit'
            ? 'Leave empty to keep the current password.'
            : 'Sent to Snov.io only; never stored by Prospector.'
        }
        autoComplete="new-password"
      />
      <TextField
        label="SMTP server"
        value={values.smtpHost}
        onInput={(smtpHost) => {
          set({ smtpHost });
        }}
        error={errors.smtpHost}
        placeholder="smtp.example.com"
      />
      <div class="field">
        <label for="smtp-port">SMTP port</label>
        <select
          id="smtp-port"
          value={values.smtpPort}
          onChange={(event) => {
            set({ smtpPort: toSmtpPort(event.currentTarget.value) });
          }}
        >
          <option value="465">465 (SSL)</option>
          <option value="587">587 (TLS)</option>
          <option value="25">25 (no encryption)</option>
        </select>
      </div>
      <TextField
        label="IMAP server (optional)"
        value={values.imapHost}
        onInput={(imapHost) => {
          set({ imapHost });
        }}
        placeholder="imap.example.com"
        hint="Needed to detect replies."
      />
      <div class="field">
        <label for="imap-port">IMAP port</label>
        <select
          id="imap-port"
          value={values.imapPort}
          onChange={(event) => {
            set({ imapPort: event.currentTarget.value === '143' ? 143 : 993 });
          }}
        >
          <option value="993">993 (SSL)</option>
          <option value="143">143 (no encryption)</option>
        </select>
      </div>
      <TextField
        label="Daily sending limit (optional)"
        type="number"
        value={values.dailyLimit}
        onInput={(dailyLimit) => {
          set({ dailyLimit });
        }}
        error={errors.dailyLimit}
        hint="1 to 1200 e-mails a day; Snov.io's default is 50."
      />
      <div class="row">
        <Button type="submit" variant="primary" busy={busy}>
          {mode === 'create' ? 'Add sender account' : 'Save sender account'}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
