import { useEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { CampaignTable } from '../../../components/dashboard/campaign-table';
import { isoDay } from '../../../components/dashboard/format';
import { RemoteView } from '../../../components/dashboard/remote-view';
import type { CampaignSummary } from '../../../lib/messaging/protocol/outreach';
import { selectQuery } from '../../../lib/state/dashboard-store';
import { useDashboardStore, useQuery } from '../use-dashboard';

/** All-time metrics: from the campaign's creation day to today. */
function metricsInput(campaign: CampaignSummary, today: string) {
  const created = campaign.created_at?.slice(0, 10) ?? today;
  return { campaignId: campaign.id, dateFrom: created < today ? created : today, dateTo: today };
}

/** The campaign list with status and key metrics. */
export function CampaignsSection() {
  const store = useDashboardStore();
  const campaigns = useQuery('listOutreachCampaigns', undefined);
  const [today] = useState(() => isoDay(Date.now()));
  const rows = campaigns.status === 'idle' ? undefined : campaigns.value;
  useEffect(() => {
    for (const campaign of rows ?? [])
      void store.getState().load('getCampaignMetrics', metricsInput(campaign, today));
  }, [rows, store, today]);
  const queries = useStore(store, (state) => state.queries);
  const metricsOf = (id: number) => {
    const campaign = rows?.find((item) => item.id === id);
    const remote = campaign
      ? selectQuery({ queries }, 'getCampaignMetrics', metricsInput(campaign, today))
      : undefined;
    if (remote === undefined || remote.status === 'loading' || remote.status === 'idle')
      return remote?.status === 'loading' && remote.value ? remote.value : undefined;
    return remote.status === 'ready' ? remote.value : null;
  };
  return (
    <>
      <div class="spread page-head">
        <h1>Campaigns</h1>
        <div class="row">
          <button
            type="button"
            class="btn"
            onClick={() => void store.getState().load('listOutreachCampaigns', undefined, { force: true })}
          >
            Refresh
          </button>
          <a class="btn btn-primary" href="#/campaigns/new">
            New campaign
          </a>
        </div>
      </div>
      <RemoteView
        remote={campaigns}
        what="campaigns"
        onRetry={() => void store.getState().load('listOutreachCampaigns', undefined, { force: true })}
      >
        {(list) => <CampaignTable campaigns={list} metricsOf={metricsOf} />}
      </RemoteView>
    </>
  );
}
