import { useState } from 'preact/hooks';
import { CampaignForm } from '../../../components/dashboard/campaign-form';
import type { CampaignFormValues } from '../../../components/dashboard/campaign-form';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { ErrorBanner } from '../../../components/status/error-banner';
import type { ApiError } from '../../../lib/errors';
import { go, useActions, useQuery } from '../use-dashboard';

const INITIAL: CampaignFormValues = {
  title: '',
  priority: 'medium',
  emailAccounts: [],
  scheduleId: null,
  trackOpens: true,
  trackClicks: true,
  listId: null,
  doNotEmailListId: null,
  emailSteps: 2,
  delayDays: 3,
};

/** Creates a campaign on a list, then opens its steps to write the content. */
export function NewCampaignSection() {
  const lists = useQuery('getLists', undefined);
  const senders = useQuery('listSenderAccounts', undefined);
  const schedules = useQuery('listSchedules', undefined);
  const doNotEmail = useQuery('listDoNotEmailLists', undefined);
  const { mutate, pending } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (values: CampaignFormValues) => {
    if (values.listId === null) return;
    const result = await mutate(
      'createCampaign',
      {
        title: values.title,
        priority: values.priority,
        emailAccounts: [...values.emailAccounts],
        trackOpens: values.trackOpens,
        trackClicks: values.trackClicks,
        listId: values.listId,
        emailSteps: values.emailSteps,
        delayDays: values.delayDays,
        ...(values.scheduleId === null ? {} : { scheduleId: values.scheduleId }),
        ...(values.doNotEmailListId === null ? {} : { doNotEmailListId: values.doNotEmailListId }),
      },
      ['listOutreachCampaigns'],
    );
    setError(result.ok ? null : result.error);
    if (result.ok) go({ view: 'campaign', campaignId: result.value.id, tab: 'steps' });
  };
  return (
    <>
      <div class="page-head">
        <a href="#/campaigns">← Campaigns</a>
        <h1>New campaign</h1>
      </div>
      {error ? <ErrorBanner error={error} /> : null}
      <RemoteView remote={lists} what="prospect lists">
        {(listValues) => (
          <RemoteView remote={senders} what="sender accounts">
            {(senderValues) => (
              <CampaignForm
                mode="create"
                initial={INITIAL}
                lists={listValues}
                senders={senderValues}
                schedules={schedules.status === 'ready' ? schedules.value : []}
                doNotEmailLists={doNotEmail.status === 'ready' ? doNotEmail.value : []}
                busy={pending['createCampaign'] === true}
                onSubmit={(values) => void submit(values)}
              />
            )}
          </RemoteView>
        )}
      </RemoteView>
    </>
  );
}
