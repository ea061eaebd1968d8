import type { AuthState } from '../../lib/messaging/protocol';

export interface ConnectionStatusProps {
  readonly state: AuthState | null;
  readonly onOpenSettings: () => void;
}

const credits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** One line that says whether Snov.io is reachable and how many credits are left. */
export function ConnectionStatus({ state, onOpenSettings }: ConnectionStatusProps) {
  if (!state) {
    return (
      <p class="muted" role="status" aria-busy="true">
        Checking connection…
      </p>
    );
  }
  switch (state.status) {
    case 'connected':
      return (
        <p role="status" class="row">
          <span class="pill pill-ok">Connected</span>
          <span>
            {state.balance === null ? 'balance unknown' : `${credits.format(state.balance)} credits left`}
          </span>
        </p>
      );
    case 'missing':
      return (
        <p role="status" class="row">
          <span class="pill pill-muted">Not connected</span>
          <button type="button" class="btn" onClick={onOpenSettings}>
            Open settings
          </button>
        </p>
      );
    case 'error':
      return (
        <p role="status" class="row">
          <span class="pill pill-bad">Connection problem</span>
          <button type="button" class="btn" onClick={onOpenSettings}>
            Open settings
          </button>
        </p>
      );
  }
}
