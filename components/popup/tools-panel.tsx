import type { PopupActions, PopupData } from '../../lib/state/popup-types';
import { Section } from '../ui/section';
import { FindEmailForm } from './find-email-form';
import { VerifyForm } from './verify-form';

export interface ToolsPanelProps {
  readonly state: PopupData;
  readonly actions: PopupActions;
  readonly balance: number | null;
}

/** Tools that work on any page: bulk verification and the e-mail finder. */
export function ToolsPanel({ state, actions, balance }: ToolsPanelProps) {
  const finder = state.finder;
  return (
    <>
      <Section title="Verify e-mails">
        <VerifyForm onVerify={actions.verify} balance={balance} />
      </Section>
      <Section title="Find e-mail" busy={finder.status === 'loading'}>
        <FindEmailForm
          key={state.domain ?? ''}
          domain={state.domain ?? ''}
          busy={finder.status === 'loading'}
          error={finder.status === 'error' ? finder.error : undefined}
          result={finder.status === 'ready' ? (finder.value ?? undefined) : undefined}
          balance={balance}
          onFind={(input) => void actions.findEmail(input)}
        />
      </Section>
    </>
  );
}
