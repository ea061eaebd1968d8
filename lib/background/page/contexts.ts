/**
 * Builds a tab's {@link TabContext} from what the page scripts report: LinkedIn people as they are,
 * company-site evidence ranked with lib/detect (free-mail and disposable lists apply to e-mails
 * found on the page, never to the site's own domain).
 */
import type { PageEvidence } from '../../detect/page-evidence';
import { rankCandidates, type MailLists } from '../../detect/rank-candidates';
import type {
  DomainCandidate,
  FoundEmail,
  PageKind,
  PersonRef,
  TabContext,
} from '../../messaging/protocol/dto';
import { MAX_PAGE_PEOPLE, type PageEvidenceReport } from '../../messaging/protocol/page';
import type { ProtocolMap } from '../../messaging/protocol';
import { compact } from '../prospecting/mappers';

/** The `reportLinkedInPage` payload. */
export type LinkedInReport = Parameters<ProtocolMap['reportLinkedInPage']>[0];

const LINKEDIN_KINDS: Readonly<Record<LinkedInReport['kind'], PageKind>> = {
  profile: 'linkedin-profile',
  search: 'linkedin-search',
  company: 'linkedin-company',
  other: 'linkedin-other',
};

/** `known` followed by the people of `added` it does not hold yet (same profile URL), capped at the schema's limit. */
export function mergePeople(known: readonly PersonRef[], added: readonly PersonRef[]): PersonRef[] {
  const urls = new Set(known.map((person) => person.url));
  const merged = known.slice(0, MAX_PAGE_PEOPLE);
  for (const person of added) {
    if (merged.length >= MAX_PAGE_PEOPLE) break;
    if (urls.has(person.url)) continue;
    urls.add(person.url);
    merged.push(person);
  }
  return merged;
}

/**
 * The context of a LinkedIn tab. An `append` report adds to `known` when that context is of the same
 * URL and kind; otherwise (first report lost, worker restarted with a cleared tab) it stands alone
 * until the content script's next full report.
 */
export function linkedInContext(
  report: LinkedInReport,
  tabId: number,
  now: number,
  known: TabContext | null = null,
): TabContext {
  const kind = LINKEDIN_KINDS[report.kind];
  const isAppend = report.append === true && known?.url === report.url && known.kind === kind;
  return compact({
    tabId,
    url: report.url,
    kind,
    people: isAppend ? mergePeople(known.people, report.people) : report.people,
    candidates: [],
    domain: null,
    emails: [],
    companyLinkedIn: report.companyLinkedIn ?? (isAppend ? known.companyLinkedIn : undefined),
    updatedAt: now,
  });
}

/** The detect module's evidence from a report (the wire form names `pageUrl` `url`). */
export function toPageEvidence(report: PageEvidenceReport): PageEvidence {
  const { url, ...rest } = report;
  return { ...rest, pageUrl: url };
}

/** The context of a company site, with the user's remembered domain when it is still a candidate. */
export function siteContext(input: {
  report: PageEvidenceReport;
  tabId: number;
  now: number;
  chosen: string | undefined;
  lists: MailLists;
}): TabContext {
  const ranking = rankCandidates(toPageEvidence(input.report), input.lists);
  const candidates: DomainCandidate[] = ranking.candidates.slice(0, 20).map((candidate) => ({
    domain: candidate.domain,
    score: candidate.score,
    hostedPlatform: candidate.hostedPlatform,
    evidence: candidate.evidence
      .slice(0, 20)
      .map((item) => ({ kind: item.kind, value: item.value.slice(0, 500) })),
  }));
  const emails: FoundEmail[] = ranking.emails.slice(0, 200).map((email) => ({
    email: email.address,
    source: email.foundIn[0]?.source ?? 'text',
    isFreeMail: email.isFreeMail,
    isDisposable: email.isDisposable,
  }));
  const domain = input.chosen ?? candidates[0]?.domain ?? null;
  return compact({
    tabId: input.tabId,
    url: input.report.url,
    kind: candidates.length > 0 || emails.length > 0 ? 'company-site' : 'unsupported',
    people: [],
    candidates,
    domain,
    emails,
    companyLinkedIn: ranking.linkedInCompanies[0]?.canonicalUrl,
    updatedAt: input.now,
  });
}

/** What the toolbar badge counts: people on LinkedIn, e-mails elsewhere. */
export function badgeCount(context: TabContext | null): number {
  if (!context) return 0;
  return context.kind.startsWith('linkedin') ? context.people.length : context.emails.length;
}
