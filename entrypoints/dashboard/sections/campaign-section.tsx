import { useState } from 'preact/hooks';
import { CampaignActions } from '../../../components/dashboard/campaign-actions';
import type { CampaignAction } from '../../../components/dashboard/campaign-actions';
import { RemoteView } from '../../../components/dashboard/remote-view';
import { StatusPill } from '../../../components/dashboard/status-pill';
import { ErrorBanner } from '../../../components/status/error-banner';
import { LiveRegion } from '../../../components/ui/live-region';
import type { ApiError } from '../../../lib/errors';
import type { CampaignTab } from '../../../lib/state/dashboard-store';
import { CAMPAIGN_TABS } from '../../../lib/state/dashboard-store';
import { useActions, useQuery } from '../use-dashboard';
import { CampaignAnalyticsTab } from './campaign-analytics-tab';
import { RecipientsTab } from './recipients-tab';
import { RepliesTab } from './replies-tab';
import { SettingsTab } from './settings-tab';
import { StepsTab } from './steps-tab';

const TAB_LABEL: Readonly<Record<CampaignTab, string>> = {
  steps: 'Steps',
  recipients: 'Recipients',
  analytics: 'Analytics',
  replies: 'Replies',
  settings: 'Settings',
};
const DONE: Readonly<Record<CampaignAction, string>> = {
  start: 'Campaign started.',
  pause: 'Campaign paused.',
  resume: 'Campaign resumed.',
  complete: 'Campaign completed.',
  archived: 'Campaign archived.',
};

export interface CampaignSectionProps {
  readonly campaignId: number;
  readonly tab: CampaignTab;
  readonly replyKey: string | undefined;
}

/** One campaign: status and state changes, then steps, recipients, analytics, replies or settings. */
export function CampaignSection({ campaignId, tab, replyKey }: CampaignSectionProps) {
  const campaign = useQuery('getCampaign', { campaignId });
  const { mutate, pending } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const act = async (action: CampaignAction) => {
    const result = await mutate('runCampaignAction', { campaignId, action }, [
      'getCampaign',
      'listOutreachCampaigns',
      'getCampaignMetrics',
    ]);
    setError(result.ok ? null : result.error);
    setAnnouncement(result.ok ? DONE[action] : null);
  };
  return (
    <>
      <div class="page-head">
        <a href="#/campaigns">← Campaigns</a>
        <RemoteView remote={campaign} what="the campaign">
          {(value) => (
            <div class="spread">
              <h1>
                {value.title} <StatusPill status={value.status} />
              </h1>
              <CampaignActions
                status={value.status}
                busy={pending['runCampaignAction'] === true}
                onAction={(action) => void act(action)}
              />
            </div>
          )}
        </RemoteView>
      </div>
      {error ? <ErrorBanner error={error} /> : null}
      <LiveRegion message={announcement} />
      <nav class="tabs" aria-label="Campaign views">
        {CAMPAIGN_TABS.map((name) => (
          <a
            key={name}
            href={`#/campaigns/${campaignId}/${name}`}
            aria-current={name === tab ? 'page' : undefined}
          >
            {TAB_LABEL[name]}
          </a>
        ))}
      </nav>
      {campaign.status === 'ready' || campaign.status === 'loading' ? (
        <section aria-label={TAB_LABEL[tab]}>
          {tab === 'steps' && campaign.value ? <StepsTab campaign={campaign.value} /> : null}
          {tab === 'recipients' ? <RecipientsTab campaignId={campaignId} /> : null}
          {tab === 'analytics' ? <CampaignAnalyticsTab campaignId={campaignId} /> : null}
          {tab === 'replies' ? <RepliesTab campaignId={campaignId} replyKey={replyKey} /> : null}
          {tab === 'settings' && campaign.value ? <SettingsTab campaign={campaign.value} /> : null}
        </section>
      ) : null}
    </>
  );
}
