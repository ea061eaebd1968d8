import { useState } from 'preact/hooks';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { WebhookForm } from '../../../components/dashboard/webhook-form';
import { WebhookLimits } from '../../../components/dashboard/webhook-limits';
import { WebhookTable } from '../../../components/dashboard/webhook-table';
import { ErrorBanner } from '../../../components/status/error-banner';
import { LiveRegion } from '../../../components/ui/live-region';
import { Section } from '../../../components/ui/section';
import type { ApiError } from '../../../lib/errors';
import type { Webhook, WebhookEvent } from '../../../lib/messaging/protocol/outreach';
import { useActions, useQuery } from '../use-dashboard';

/** Webhooks: list, add, enable/disable, delete, with the plan and the limit explained. */
export function WebhooksSection() {
  const webhooks = useQuery('listWebhooks', undefined);
  const { mutate, pending } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const busy = pending['setWebhookStatus'] === true || pending['deleteWebhook'] === true;
  const settle = (ok: boolean, failure: ApiError | null, done: string) => {
    setError(ok ? null : failure);
    setMessage(ok ? done : null);
  };
  const create = async (event: WebhookEvent, endpointUrl: string) => {
    const result = await mutate(
      'createWebhook',
      { eventObject: event.object, eventAction: event.action, endpointUrl },
      ['listWebhooks'],
    );
    settle(result.ok, result.ok ? null : result.error, `Webhook added for “${event.label}”.`);
  };
  const toggle = async (webhookId: number, status: Webhook['status']) => {
    const result = await mutate('setWebhookStatus', { webhookId, status }, ['listWebhooks']);
    settle(
      result.ok,
      result.ok ? null : result.error,
      status === 'active' ? 'Webhook enabled.' : 'Webhook disabled.',
    );
  };
  const remove = async (webhookId: number) => {
    const result = await mutate('deleteWebhook', { webhookId }, ['listWebhooks']);
    settle(result.ok, result.ok ? null : result.error, 'Webhook deleted.');
  };
  const count = webhooks.status === 'ready' ? webhooks.value.length : 0;
  const listError = webhooks.status === 'error' ? webhooks.error : null;
  return (
    <>
      <div class="page-head">
        <h1>Webhooks</h1>
      </div>
      <WebhookLimits count={count} error={error ?? listError} />
      {error ? <ErrorBanner error={error} /> : null}
      <LiveRegion message={message} />
      <Section title="Add a webhook">
        <WebhookForm
          busy={pending['createWebhook'] === true}
          onSubmit={(event, url) => void create(event, url)}
        />
      </Section>
      <RemoteView remote={webhooks} what="webhooks">
        {(list) => (
          <WebhookTable
            webhooks={list}
            busy={busy}
            onToggle={(id, status) => void toggle(id, status)}
            onDelete={(id) => void remove(id)}
          />
        )}
      </RemoteView>
    </>
  );
}
