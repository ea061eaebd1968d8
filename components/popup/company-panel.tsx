import { useMemo } from 'preact/hooks';
import type { PopupActions, PopupData } from '../../lib/state/popup-types';
import { valueOf } from '../../lib/state/remote';
import { CompanyCard } from './company-card';
import { DomainPicker } from './domain-picker';
import { EmailsSection } from './emails-section';
import { ProspectsSection } from './prospects-section';
import { RemoteStatus } from './remote-status';
import { SaveBar } from './save-bar';

export interface CompanyPanelProps {
  readonly state: PopupData;
  readonly actions: PopupActions;
}

/** Everything about the page's company: who it is, its prospects and e-mails, and what to do with them. */
export function CompanyPanel({ state, actions }: CompanyPanelProps) {
  const selected = useMemo(() => new Set(state.selected), [state.selected]);
  const checking = useMemo(() => new Set(state.checking), [state.checking]);
  const revealing = useMemo(() => new Set(state.revealing), [state.revealing]);
  const context = valueOf(state.context);
  const company = valueOf(state.company);
  const domain = state.domain ?? '';
  const verifyOne = (email: string) => void actions.verify([email]);
  const copy = (email: string) => void actions.copy(email);
  return (
    <>
      <section class="section" aria-label="Company">
        <p class="row wrap">
          <span class="muted">Company on this page:</span> <strong class="domain">{domain}</strong>
        </p>
        {context ? (
          <DomainPicker
            candidates={context.candidates}
            value={state.domain}
            onChoose={(d) => void actions.chooseDomain(d)}
          />
        ) : null}
        {company ? <CompanyCard company={company} /> : null}
        <RemoteStatus
          status={state.company.status}
          error={state.company.status === 'error' ? state.company.error : undefined}
          loadingText="Looking up the company…"
        />
      </section>
      <ProspectsSection
        domain={domain}
        prospects={state.prospects}
        found={state.found}
        positions={state.positions}
        onPositions={actions.setPositions}
        onLoad={(page) => void actions.loadProspects(page)}
        selected={selected}
        onToggle={actions.toggle}
        onToggleAll={actions.toggleAll}
        membership={state.membership}
        verifications={state.verifications}
        checking={checking}
        revealing={revealing}
        onCopy={copy}
        onVerify={verifyOne}
        onReveal={(p) => void actions.reveal(p)}
      />
      <SaveBar
        selectedCount={state.selected.length}
        lists={valueOf(state.lists) ?? []}
        campaigns={valueOf(state.campaigns) ?? []}
        listId={state.listId}
        campaignId={state.campaignId}
        onSelectList={(id) => void actions.selectList(id)}
        onSelectCampaign={actions.selectCampaign}
        onCreateList={(name) => void actions.createList(name)}
        isCreatingList={state.isCreatingList}
        isSaving={state.isSaving}
        onAdd={(target) => void actions.addSelected(target)}
        onExport={actions.exportSelected}
      />
      <EmailsSection
        title="Domain e-mails"
        emails={state.emails}
        verifications={state.verifications}
        checking={checking}
        onCopy={copy}
        onVerify={verifyOne}
        onMore={() => void actions.loadEmails('all', true)}
        onRetry={() => void actions.loadEmails('all', false)}
        emptyText="No e-mails known for this domain."
      />
      <EmailsSection
        title="Generic contacts"
        emails={state.generic}
        verifications={state.verifications}
        checking={checking}
        onCopy={copy}
        onVerify={verifyOne}
        onMore={() => void actions.loadEmails('generic', true)}
        onRetry={() => void actions.loadEmails('generic', false)}
        emptyText="No generic contacts (info@, sales@…) known."
      />
    </>
  );
}
