import type { AuthState } from '../../lib/messaging/protocol';
import { Button } from '../ui/button';

export interface AccountSummaryProps {
  readonly state: AuthState | null;
  readonly onDisconnect: () => void;
  readonly onRefresh: () => void;
}

const credits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Which account is connected, its balance, and the way out ("Disconnect" wipes the credentials). */
export function AccountSummary({ state, onDisconnect, onRefresh }: AccountSummaryProps) {
  if (!state || state.status === 'missing') return null;
  return (
    <div class="account-summary">
      <dl class="facts">
        <div>
          <dt>Account</dt>
          <dd>{state.accountLabel}</dd>
        </div>
        <div>
          <dt>Server</dt>
          <dd>{state.baseUrl}</dd>
        </div>
        {state.status === 'connected' ? (
          <div>
            <dt>Balance</dt>
            <dd>{state.balance === null ? 'unknown' : `${credits.format(state.balance)} credits`}</dd>
          </div>
        ) : null}
      </dl>
      <div class="row wrap">
        <Button onClick={onRefresh}>Check again</Button>
        <Button variant="danger" onClick={onDisconnect}>
          Disconnect
        </Button>
      </div>
    </div>
  );
}
