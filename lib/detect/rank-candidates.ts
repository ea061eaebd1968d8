import { getDomainWithoutSuffix } from 'tldts';
import { domainOfHost, siteDomainOf } from './domain';
import type { MailLists } from './mail-lists';
import { linkedInCompanies, rankEmails, type LinkedInCompanyRef, type RankedEmail } from './merge-sightings';
import type { EmailSource, PageEvidence } from './page-evidence';

export type { MailLists } from './mail-lists';
export type { LinkedInCompanyRef, RankedEmail } from './merge-sightings';

/** What pointed at a candidate domain. */
export type EvidenceKind =
  | 'page-host'
  | 'canonical-url'
  | 'og-url'
  | 'og-site-name'
  | 'json-ld-url'
  | 'json-ld-email'
  | 'mailto'
  | 'text-email'
  | 'cf-email';

/** One piece of evidence for a candidate. */
export interface Evidence {
  readonly kind: EvidenceKind;
  readonly value: string;
}

/** A possible company domain for the page, best first in `DomainRanking.candidates`. */
export interface DomainCandidate {
  readonly domain: string;
  readonly score: number;
  readonly hostedPlatform: boolean;
  readonly evidence: readonly Evidence[];
}

/** The ranked result for one page. */
export interface DomainRanking {
  readonly candidates: readonly DomainCandidate[];
  readonly emails: readonly RankedEmail[];
  readonly linkedInCompanies: readonly LinkedInCompanyRef[];
}

// Weights: what the site says about itself in structured data beats where the page happens to be served.
const WEIGHTS: Readonly<Record<EvidenceKind, number>> = {
  'json-ld-url': 5,
  'page-host': 4,
  'canonical-url': 3,
  'og-url': 3,
  'json-ld-email': 3,
  'cf-email': 2,
  mailto: 2,
  'text-email': 1,
  'og-site-name': 1,
};
// Ten mailto links to one domain are one fact, not ten.
const MAX_PER_KIND = 2;
const EMAIL_KIND: Readonly<Record<EmailSource, EvidenceKind>> = {
  mailto: 'mailto',
  text: 'text-email',
  'cf-email': 'cf-email',
  'json-ld': 'json-ld-email',
};

function urlHost(value: string, base?: string): string | undefined {
  try {
    return new URL(value, base).hostname;
  } catch {
    return undefined;
  }
}

function collectEvidence(evidence: PageEvidence, emails: readonly RankedEmail[]): [string, Evidence][] {
  const found: [string | undefined, Evidence][] = [];
  const page = siteDomainOf(evidence.pageUrl);
  if (page.ok) found.push([page.value.hostname, { kind: 'page-host', value: evidence.pageUrl }]);
  if (evidence.canonicalUrl !== undefined)
    found.push([urlHost(evidence.canonicalUrl), { kind: 'canonical-url', value: evidence.canonicalUrl }]);
  if (evidence.ogUrl !== undefined)
    found.push([urlHost(evidence.ogUrl), { kind: 'og-url', value: evidence.ogUrl }]);
  for (const url of evidence.organizations.flatMap((org) => org.urls))
    found.push([urlHost(url, evidence.pageUrl), { kind: 'json-ld-url', value: url }]);
  for (const email of emails) {
    if (email.isFreeMail || email.isDisposable) continue;
    for (const kind of new Set(email.foundIn.map((sighting) => EMAIL_KIND[sighting.source])))
      found.push([email.domain, { kind, value: email.address }]);
  }
  return found.flatMap(([host, item]): [string, Evidence][] => (host === undefined ? [] : [[host, item]]));
}

function alphanumeric(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function score(items: readonly Evidence[]): number {
  const perKind = new Map<EvidenceKind, number>();
  for (const item of items) perKind.set(item.kind, Math.min(MAX_PER_KIND, (perKind.get(item.kind) ?? 0) + 1));
  return [...perKind].reduce((sum, [kind, count]) => sum + WEIGHTS[kind] * count, 0);
}

function rankDomains(evidence: PageEvidence, emails: readonly RankedEmail[]): DomainCandidate[] {
  const byDomain = new Map<string, { hostedPlatform: boolean; evidence: Evidence[] }>();
  for (const [host, item] of collectEvidence(evidence, emails)) {
    const site = domainOfHost(host);
    // Social networks and platforms are never the company; IPs and localhost are nobody's domain.
    if (!site.ok || site.value.isSocial) continue;
    const entry = byDomain.get(site.value.domain) ?? {
      hostedPlatform: site.value.hostedPlatform,
      evidence: [],
    };
    if (!entry.evidence.some((known) => known.kind === item.kind && known.value === item.value))
      entry.evidence.push(item);
    byDomain.set(site.value.domain, entry);
  }
  const siteName = alphanumeric(evidence.ogSiteName ?? '');
  const candidates = [...byDomain].map(([domain, entry]) => {
    const brand = alphanumeric(getDomainWithoutSuffix(domain, { allowPrivateDomains: true }) ?? '');
    const named =
      siteName !== '' && brand.length > 2 && (siteName.includes(brand) || brand.includes(siteName));
    const items =
      named && evidence.ogSiteName !== undefined
        ? [...entry.evidence, { kind: 'og-site-name' as const, value: evidence.ogSiteName }]
        : entry.evidence;
    return { domain, hostedPlatform: entry.hostedPlatform, score: score(items), evidence: items };
  });
  return candidates.sort((a, b) => b.score - a.score || a.domain.localeCompare(b.domain));
}

/**
 * Ranks candidate company domains for a page from its raw evidence; the heavy mail lists are injected.
 * @example rankCandidates(collectPageEvidence(document, location.href), createMailLists())
 */
export function rankCandidates(evidence: PageEvidence, lists: MailLists): DomainRanking {
  const emails = rankEmails(evidence, lists);
  return {
    candidates: rankDomains(evidence, emails),
    emails,
    linkedInCompanies: linkedInCompanies(evidence),
  };
}
