import { useState } from 'preact/hooks';
import { CampaignForm } from '../../../components/dashboard/campaign-form';
import type { CampaignFormValues } from '../../../components/dashboard/campaign-form';
import { ConfirmButton } from '../../../components/dashboard/confirm-button';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { ErrorBanner } from '../../../components/status/error-banner';
import { LiveRegion } from '../../../components/ui/live-region';
import { Section } from '../../../components/ui/section';
import type { ApiError } from '../../../lib/errors';
import type { Campaign } from '../../../lib/messaging/protocol/outreach';
import { go, useActions, useQuery } from '../use-dashboard';

function valuesOf(campaign: Campaign): CampaignFormValues {
  const priority = campaign.priority === 'low' || campaign.priority === 'high' ? campaign.priority : 'medium';
  return {
    title: campaign.title,
    priority,
    emailAccounts: campaign.email_accounts,
    scheduleId: campaign.schedule_id ?? null,
    trackOpens: campaign.tracking?.open ?? false,
    trackClicks: campaign.tracking?.link_click ?? false,
    listId: campaign.recipients?.list_id ?? null,
    doNotEmailListId: campaign.recipients?.black_list_id ?? null,
    emailSteps: 1,
    delayDays: 1,
  };
}

/** Edits the campaign's settings; deletes it (draft, completed or archived only) after a confirmation. */
export function SettingsTab({ campaign }: { readonly campaign: Campaign }) {
  const senders = useQuery('listSenderAccounts', undefined);
  const schedules = useQuery('listSchedules', undefined);
  const { mutate, pending } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (values: CampaignFormValues) => {
    const changes = {
      title: values.title,
      priority: values.priority,
      emailAccounts: [...values.emailAccounts],
      trackOpens: values.trackOpens,
      trackClicks: values.trackClicks,
      ...(values.scheduleId === null ? {} : { scheduleId: values.scheduleId }),
    };
    const result = await mutate('updateCampaign', { campaignId: campaign.id, changes }, [
      'getCampaign',
      'listOutreachCampaigns',
    ]);
    setError(result.ok ? null : result.error);
    setSaved(result.ok ? 'Settings saved.' : null);
  };
  const remove = async () => {
    const result = await mutate('deleteCampaign', { campaignId: campaign.id }, ['listOutreachCampaigns']);
    setError(result.ok ? null : result.error);
    if (result.ok) go({ view: 'campaigns' });
  };
  const canDelete =
    campaign.status === 'draft' || campaign.status === 'completed' || campaign.status === 'archived';
  return (
    <>
      {error ? <ErrorBanner error={error} /> : null}
      <LiveRegion message={saved} />
      <Section title="Settings">
        <RemoteView remote={senders} what="sender accounts">
          {(list) => (
            <CampaignForm
              mode="edit"
              initial={valuesOf(campaign)}
              lists={[]}
              senders={list}
              schedules={schedules.status === 'ready' ? schedules.value : []}
              doNotEmailLists={[]}
              busy={pending['updateCampaign'] === true}
              onSubmit={(values) => void save(values)}
            />
          )}
        </RemoteView>
      </Section>
      <Section title="Delete">
        {canDelete ? (
          <ConfirmButton
            label="Delete campaign"
            question={`Delete the campaign “${campaign.title}”? This cannot be undone.`}
            busy={pending['deleteCampaign'] === true}
            onConfirm={() => void remove()}
          />
        ) : (
          <p class="muted">
            Only draft, completed or archived campaigns can be deleted: complete this one first.
          </p>
        )}
      </Section>
    </>
  );
}
