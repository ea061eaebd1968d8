import type { CampaignStatus } from '../../lib/messaging/protocol/outreach';
import { Button } from '../ui/button';

export type CampaignAction = 'start' | 'pause' | 'resume' | 'complete' | 'archived';

const LABEL: Readonly<Record<CampaignAction, string>> = {
  start: 'Start campaign',
  pause: 'Pause campaign',
  resume: 'Resume campaign',
  complete: 'Complete campaign',
  archived: 'Archive campaign',
};

/** Which state changes Snov.io allows from each status (REFERENCE.md §12). */
export function allowedActions(status: CampaignStatus): CampaignAction[] {
  switch (status) {
    case 'draft':
      return ['start'];
    case 'active':
    case 'scheduled':
      return ['pause', 'complete'];
    case 'paused':
      return ['resume', 'complete'];
    case 'completed':
      return ['archived'];
    case 'archived':
    case 'unknown':
      return [];
  }
}

export interface CampaignActionsProps {
  readonly status: CampaignStatus;
  readonly busy: boolean;
  readonly onAction: (action: CampaignAction) => void;
}

/** The state changes allowed now, as buttons. */
export function CampaignActions({ status, busy, onAction }: CampaignActionsProps) {
  const actions = allowedActions(status);
  if (actions.length === 0) return null;
  return (
    <div class="row" role="group" aria-label="Campaign state">
      {actions.map((action) => (
        <Button
          key={action}
          variant={action === 'start' || action === 'resume' ? 'primary' : 'default'}
          busy={busy}
          onClick={() => {
            onAction(action);
          }}
        >
          {LABEL[action]}
        </Button>
      ))}
    </div>
  );
}
