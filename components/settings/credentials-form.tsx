import { useState } from 'preact/hooks';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface CredentialsInput {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly baseUrl: string;
}

export interface CredentialsFormProps {
  readonly initialBaseUrl: string;
  readonly busy: boolean;
  readonly onSubmit: (input: CredentialsInput) => void;
  /** Fills in the local sandbox's address and demo credentials. */
  readonly sandboxPreset?: CredentialsInput;
  /** Pre-filled values (e.g. the sandbox preset when the popup's "Try the local sandbox" opened us). */
  readonly initial?: CredentialsInput | undefined;
}

function validate(input: CredentialsInput): Partial<Record<keyof CredentialsInput, string>> {
  const errors: Partial<Record<keyof CredentialsInput, string>> = {};
  if (!input.clientId.trim()) errors.clientId = 'Enter your API User ID.';
  if (!input.clientSecret.trim()) errors.clientSecret = 'Enter your API Secret.';
  if (!/^https?:\/\/[^\s/]+/i.test(input.baseUrl.trim()))
    errors.baseUrl = 'Enter an address starting with https://';
  return errors;
}

/** API User ID, Secret and base URL; checked locally before anything is sent. */
export function CredentialsForm({
  initialBaseUrl,
  busy,
  onSubmit,
  sandboxPreset,
  initial,
}: CredentialsFormProps) {
  const [clientId, setClientId] = useState(initial?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState(initial?.clientSecret ?? '');
  const [baseUrl, setBaseUrl] = useState(initial?.baseUrl ?? initialBaseUrl);
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});
  return (
    <form
      aria-label="Snov.io API credentials"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = {
          clientId: clientId.trim(),
          clientSecret: clientSecret.trim(),
          baseUrl: baseUrl.trim(),
        };
        const found = validate(input);
        setErrors(found);
        if (Object.keys(found).length === 0) onSubmit(input);
      }}
    >
      <TextField
        label="API User ID"
        value={clientId}
        onInput={setClientId}
        error={errors.clientId}
        required
      />
      <TextField
        label="API Secret"
        type="password"
        value={clientSecret}
        onInput={setClientSecret}
        error={errors.clientSecret}
        required
      />
      <TextField
        label="API base URL"
        type="url"
        value={baseUrl}
        onInput={setBaseUrl}
        error={errors.baseUrl}
        hint="https://api.snov.io, or http://127.0.0.1:PORT for the local sandbox."
      />
      <div class="row">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? 'Checking…' : 'Save and connect'}
        </Button>
        {sandboxPreset ? (
          <Button
            onClick={() => {
              setClientId(sandboxPreset.clientId);
              setClientSecret(sandboxPreset.clientSecret);
              setBaseUrl(sandboxPreset.baseUrl);
            }}
          >
            Use the local sandbox
          </Button>
        ) : null}
      </div>
    </form>
  );
}
