import type { CompanyView } from '../../lib/messaging/protocol/dto';

export interface CompanyCardProps {
  readonly company: CompanyView;
}

/** Company info from domain search; text only. */
export function CompanyCard({ company }: CompanyCardProps) {
  const facts: [string, string | undefined][] = [
    ['Industry', company.industry],
    ['Size', company.size],
    ['City', company.city],
    ['Founded', company.founded],
    ['Phone', company.phone],
    ['Related domains', company.relatedDomains.join(', ') || undefined],
  ];
  return (
    <div class="company-card">
      <p class="company-name">
        <strong>{company.name ?? company.domain}</strong> <span class="muted">{company.domain}</span>
      </p>
      <dl class="facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p class="muted small">
        {company.prospectsCount} prospects · {company.emailsCount} e-mails · {company.genericCount} generic
        contacts
      </p>
    </div>
  );
}
