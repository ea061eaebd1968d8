import type { PopupActions, PopupData } from '../../lib/state/popup-types';
import { valueOf } from '../../lib/state/remote';
import { CompanyPanel } from './company-panel';
import { LinkedInContext } from './linkedin-context';
import { RemoteStatus } from './remote-status';
import { ToolsPanel } from './tools-panel';

export interface PageViewProps {
  readonly state: PopupData;
  readonly actions: PopupActions;
  readonly balance: number | null;
  readonly onOpenSidePanel: () => void;
}

/** Chooses what the popup shows for the active tab's page; always says something. */
export function PageView({ state, actions, balance, onOpenSidePanel }: PageViewProps) {
  const context = valueOf(state.context);
  if (state.context.status === 'loading' || state.context.status === 'idle') {
    return (
      <p class="muted" aria-busy="true">
        Reading this page…
      </p>
    );
  }
  const isLinkedIn = context?.kind.startsWith('linkedin-') ?? false;
  return (
    <>
      <RemoteStatus
        status={state.context.status}
        error={state.context.status === 'error' ? state.context.error : undefined}
        loadingText="Reading this page…"
      />
      {context && isLinkedIn ? <LinkedInContext context={context} onOpenSidePanel={onOpenSidePanel} /> : null}
      {!isLinkedIn && state.domain ? <CompanyPanel state={state} actions={actions} /> : null}
      {!isLinkedIn && !state.domain && state.context.status === 'ready' ? (
        <p class="muted" role="note">
          No company detected on this page. Open a company's website, or use the tools below.
        </p>
      ) : null}
      <ToolsPanel state={state} actions={actions} balance={balance} />
    </>
  );
}
