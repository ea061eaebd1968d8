import type { CampaignStatus } from '../../lib/messaging/protocol/outreach';

const TONE: Readonly<Record<CampaignStatus, 'ok' | 'warn' | 'muted' | 'bad'>> = {
  draft: 'muted',
  scheduled: 'warn',
  active: 'ok',
  paused: 'warn',
  completed: 'muted',
  archived: 'muted',
  unknown: 'bad',
};

const LABEL: Readonly<Record<CampaignStatus, string>> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  archived: 'Archived',
  unknown: 'Unknown',
};

/** A campaign's status in words (never colour alone). */
export function StatusPill({ status }: { readonly status: CampaignStatus }) {
  return <span class={`pill pill-${TONE[status]}`}>{LABEL[status]}</span>;
}
