import { emailDomain } from './emails';
import { parseLinkedInUrl, type LinkedInUrl } from './linkedin/urls';
import type { MailLists } from './mail-lists';
import type { EmailSource, PageEvidence, PageRegion } from './page-evidence';

/** An address found on the page, merged over all its sightings. */
export interface RankedEmail {
  readonly address: string;
  readonly domain: string;
  readonly isFreeMail: boolean;
  readonly isDisposable: boolean;
  readonly foundIn: readonly { readonly source: EmailSource; readonly region: PageRegion }[];
}

/** A LinkedIn company, school or showcase page the site links to (JSON-LD sameAs or a plain link). */
export type LinkedInCompanyRef = Extract<LinkedInUrl, { kind: 'company' | 'school' | 'showcase' }>;

/** Merges all sightings of each address and classifies its domain with the injected lists. */
export function rankEmails(evidence: PageEvidence, lists: MailLists): RankedEmail[] {
  const byAddress = new Map<string, RankedEmail['foundIn'][number][]>();
  for (const { address, source, region } of evidence.emails) {
    const sightings = byAddress.get(address) ?? [];
    if (!sightings.some((known) => known.source === source && known.region === region))
      sightings.push({ source, region });
    byAddress.set(address, sightings);
  }
  return [...byAddress].map(([address, foundIn]) => {
    const domain = emailDomain(address);
    return {
      address,
      domain,
      isFreeMail: lists.isFreeMail(domain),
      isDisposable: lists.isDisposable(domain),
      foundIn,
    };
  });
}

/** LinkedIn company/school/showcase pages from JSON-LD sameAs and links, deduped by key. */
export function linkedInCompanies(evidence: PageEvidence): LinkedInCompanyRef[] {
  const hrefs = [...evidence.organizations.flatMap((org) => org.sameAs), ...evidence.linkedInLinks];
  const byKey = new Map<string, LinkedInCompanyRef>();
  for (const href of hrefs) {
    const parsed = parseLinkedInUrl(href, evidence.pageUrl);
    if (!parsed.ok) continue;
    const url = parsed.value;
    if ((url.kind === 'company' || url.kind === 'school' || url.kind === 'showcase') && !byKey.has(url.key))
      byKey.set(url.key, url);
  }
  return [...byKey.values()];
}
