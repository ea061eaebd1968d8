import type { DomainProspectsPage, Membership } from '../../lib/messaging/protocol';
import type { EmailInfo, Prospect } from '../../lib/messaging/protocol/dto';
import type { Remote } from '../../lib/state/remote';
import { ProspectList } from '../prospects/prospect-list';
import { Section } from '../ui/section';
import { PositionFilter } from './position-filter';
import { RemoteStatus } from './remote-status';

export interface ProspectsSectionProps {
  readonly domain: string;
  readonly prospects: Remote<DomainProspectsPage>;
  readonly found: readonly Prospect[];
  readonly positions: string;
  readonly onPositions: (text: string) => void;
  readonly onLoad: (page: number) => void;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (key: string, isSelected: boolean) => void;
  readonly onToggleAll: (keys: readonly string[], isSelected: boolean) => void;
  readonly membership: Readonly<Record<string, Membership>>;
  readonly verifications: Readonly<Record<string, EmailInfo | null>>;
  readonly checking: ReadonlySet<string>;
  readonly revealing: ReadonlySet<string>;
  readonly onCopy: (email: string) => void;
  readonly onVerify: (email: string) => void;
  readonly onReveal: (prospect: Prospect) => void;
}

/** Prospects at the company: position filter, selectable list, and page buttons. */
export function ProspectsSection(props: ProspectsSectionProps) {
  const page = props.prospects.status === 'idle' ? undefined : props.prospects.value;
  const shown = [
    ...props.found,
    ...(page?.prospects ?? []).filter((p) => !props.found.some((f) => f.key === p.key)),
  ];
  return (
    <Section
      title="Prospects"
      aside={page ? <span class="muted small">{page.total} in total</span> : null}
      busy={props.prospects.status === 'loading'}
    >
      <PositionFilter
        value={props.positions}
        onInput={props.onPositions}
        onApply={() => {
          props.onLoad(1);
        }}
      />
      <RemoteStatus
        status={props.prospects.status}
        error={props.prospects.status === 'error' ? props.prospects.error : undefined}
        loadingText="Looking for prospects…"
        onRetry={() => {
          props.onLoad(page?.page ?? 1);
        }}
      />
      {page || props.found.length > 0 ? (
        <ProspectList
          label={`Prospects at ${props.domain}`}
          prospects={shown}
          selected={props.selected}
          onToggle={props.onToggle}
          onToggleAll={(isSelected) => {
            props.onToggleAll(
              shown.map((p) => p.key),
              isSelected,
            );
          }}
          membership={props.membership}
          verifications={props.verifications}
          checking={props.checking}
          revealing={props.revealing}
          onCopy={props.onCopy}
          onVerify={props.onVerify}
          onReveal={props.onReveal}
          emptyText={
            props.positions
              ? 'Nobody with these positions. Clear the filter to see everyone.'
              : 'No prospects found for this company.'
          }
        />
      ) : null}
      {page && (page.page > 1 || page.hasNext) ? (
        <nav class="row pager" aria-label="Prospect pages">
          <button
            type="button"
            class="btn btn-small"
            disabled={page.page <= 1}
            onClick={() => {
              props.onLoad(page.page - 1);
            }}
          >
            Previous page
          </button>
          <span class="muted small">Page {page.page}</span>
          <button
            type="button"
            class="btn btn-small"
            disabled={!page.hasNext}
            onClick={() => {
              props.onLoad(page.page + 1);
            }}
          >
            Next page
          </button>
        </nav>
      ) : null}
    </Section>
  );
}
