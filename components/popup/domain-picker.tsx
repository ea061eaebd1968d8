import { useId } from 'preact/hooks';
import type { DomainCandidate } from '../../lib/messaging/protocol/dto';

export interface DomainPickerProps {
  readonly candidates: readonly DomainCandidate[];
  readonly value: string | null;
  readonly onChoose: (domain: string) => void;
}

const EVIDENCE: Readonly<Record<string, string>> = {
  'page-host': 'site address',
  'canonical-url': 'canonical link',
  'og-url': 'page metadata',
  'og-site-name': 'site name',
  'json-ld-url': 'structured data',
  'json-ld-email': 'structured data e-mail',
  mailto: 'e-mail link',
  'text-email': 'e-mail in text',
  'cf-email': 'protected e-mail',
};

function evidenceText(candidate: DomainCandidate): string {
  const kinds = [...new Set(candidate.evidence.map((e) => EVIDENCE[e.kind] ?? e.kind))];
  return kinds.length > 0 ? `seen in ${kinds.slice(0, 4).join(', ')}` : 'no evidence';
}

/** The company domain detected on the page, with the other candidates and why each was found. */
export function DomainPicker({ candidates, value, onChoose }: DomainPickerProps) {
  const name = useId();
  if (candidates.length <= 1) return null;
  return (
    <details class="domain-picker">
      <summary>Not the right company? {candidates.length - 1} other domain(s) on this page</summary>
      <fieldset>
        <legend class="sr-only">Company domain</legend>
        {candidates.map((candidate) => (
          <label key={candidate.domain} class="candidate">
            <input
              type="radio"
              name={name}
              value={candidate.domain}
              checked={candidate.domain === value}
              onChange={() => {
                onChoose(candidate.domain);
              }}
            />
            <span>
              <strong>{candidate.domain}</strong>
              <span class="muted small"> {evidenceText(candidate)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
