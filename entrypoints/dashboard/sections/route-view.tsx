import type { DashboardRoute } from '../../../lib/state/dashboard-store';
import { AnalyticsSection } from './analytics-section';
import { CampaignSection } from './campaign-section';
import { CampaignsSection } from './campaigns-section';
import { NewCampaignSection } from './new-campaign-section';
import { SendersSection } from './senders-section';
import { WarmUpSection } from './warm-up-section';
import { WebhooksSection } from './webhooks-section';

/** The section for a route. */
export function RouteView({ route }: { readonly route: DashboardRoute }) {
  switch (route.view) {
    case 'campaigns':
      return <CampaignsSection />;
    case 'new-campaign':
      return <NewCampaignSection />;
    case 'campaign':
      return <CampaignSection campaignId={route.campaignId} tab={route.tab} replyKey={route.replyKey} />;
    case 'analytics':
      return <AnalyticsSection />;
    case 'senders':
      return <SendersSection />;
    case 'warm-up':
      return <WarmUpSection />;
    case 'webhooks':
      return <WebhooksSection />;
  }
}
