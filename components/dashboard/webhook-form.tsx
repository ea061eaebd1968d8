import { useState } from 'preact/hooks';
import { WEBHOOK_EVENTS } from '../../lib/messaging/protocol/outreach';
import type { WebhookEvent } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface WebhookFormProps {
  readonly busy: boolean;
  readonly onSubmit: (event: WebhookEvent, endpointUrl: string) => void;
}

const keyOf = (event: WebhookEvent): string => `${event.object}/${event.action}`;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Subscribes an endpoint to one event, offered under readable names. */
export function WebhookForm({ busy, onSubmit }: WebhookFormProps) {
  const [eventKey, setEventKey] = useState(keyOf(WEBHOOK_EVENTS[5]));
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = WEBHOOK_EVENTS.find((item) => keyOf(item) === eventKey);
    const problem = isHttpUrl(url.trim())
      ? undefined
      : 'Enter the full endpoint address, starting with https://';
    setError(problem);
    if (chosen && problem === undefined) onSubmit(chosen, url.trim());
  };
  return (
    <form class="form-grid" aria-label="Add a webhook" onSubmit={submit} noValidate>
      <div class="field">
        <label for="webhook-event">Event</label>
        <select
          id="webhook-event"
          value={eventKey}
          onChange={(event) => {
            setEventKey(event.currentTarget.value);
          }}
        >
          {WEBHOOK_EVENTS.map((item) => (
            <option key={keyOf(item)} value={keyOf(item)}>
              {item.label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Endpoint URL"
        type="url"
        value={url}
        onInput={setUrl}
        error={error}
        placeholder="https://hooks.example.com/snov/…"
        hint="Snov.io sends no signature: put an unguessable token in the address."
      />
      <Button type="submit" variant="primary" busy={busy}>
        Add webhook
      </Button>
    </form>
  );
}
