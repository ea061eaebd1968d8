/**
 * Builds a tab's {@link TabContext} from what the page scripts report: LinkedIn people as they are,
 * company-site evidence ranked with lib/detect (free-mail and disposable lists apply to e-mails
 * found on the page, never to the site's own domain).
 */
import type { PageEvidence } from '../../detect/page-evidence';
import { rankCandidates, type MailLists } from '../../detect/rank-candidates';
import type { DomainCandidate, FoundEmail, PageKind, TabContext } from '../../messaging/protocol/dto';
import type { PageEvidenceReport } from '../../messaging/protocol/page';
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

/** The context of a LinkedIn tab. */
export function linkedInContext(report: LinkedInReport, tabId: number, now: number): TabContext {
  return compact({
    tabId,
    url: report.url,
    kind: LINKEDIN_KINDS[report.kind],
    people: report.people,
    candidates: [],
    domain: null,
    emails: [],
    companyLinkedIn: report.companyLinkedIn,
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
