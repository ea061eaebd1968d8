import { err, ok, type Result } from '../../result';
import { firstLinkedCompany, type CompanyMention } from './company-ref';
import { readPersonJsonLd, type PersonJsonLd } from './person-json-ld';
import { canonicalLink, contactInfoLink, mainLandmark, pageHeading, topCardSection } from './selectors';
import { cleanText, textBlocks } from './text';
import { readLinkedInLink } from './url-link';
import type { LinkedInUrl } from './url-types';

export type { CompanyMention } from './company-ref';

/** A LinkedIn URL that names one member. */
export type MemberUrl = Extract<LinkedInUrl, { kind: 'person' | 'sales-lead' | 'talent' }>;

/** The profile being viewed, as far as the page shows it. */
export interface ViewedProfile {
  readonly profile: MemberUrl;
  readonly name: string;
  readonly headline?: string;
  readonly company?: CompanyMention;
  readonly location?: string;
}

/** Why a page yielded no profile. */
export type ProfilePageError = 'not-a-profile' | 'no-name';

/** Whether a parsed link names one member (a public profile, a Sales Navigator lead, a Recruiter profile). */
export function isMemberUrl(url: LinkedInUrl | undefined): url is MemberUrl {
  return url?.kind === 'person' || url?.kind === 'sales-lead' || url?.kind === 'talent';
}

function memberUrl(href: string | null | undefined, pageUrl: string): MemberUrl | undefined {
  const url = href === null || href === undefined ? undefined : readLinkedInLink(href, pageUrl);
  return isMemberUrl(url) ? url : undefined;
}

// The address bar may carry a member token (/in/ACoAA…) while <link rel=canonical> has the public slug.
// Assumption: LinkedIn updates the canonical link on SPA navigation; it is only used to upgrade a token.
function profileUrl(document: Document, pageUrl: string): MemberUrl | undefined {
  const fromPage = memberUrl(pageUrl, pageUrl);
  if (fromPage?.isMemberToken !== true) return fromPage;
  const fromCanonical = memberUrl(document.querySelector(canonicalLink)?.getAttribute('href'), pageUrl);
  return fromCanonical?.kind === 'person' && !fromCanonical.isMemberToken ? fromCanonical : fromPage;
}

// "(3) Ada Lindqvist | LinkedIn": the unread count and the brand suffix are the same in every UI language.
// A title without the " | " suffix is LinkedIn's placeholder ("LinkedIn") while the page renders: no name.
function nameFromTitle(title: string): string {
  const parts = title.replace(/^\(\d+\+?\)\s*/, '').split(' | ');
  return parts.length < 2 ? '' : cleanText(parts[0]);
}

function locationBefore(link: Element): string | undefined {
  let container = link.parentElement;
  for (let depth = 0; container !== null && depth < 3; depth += 1, container = container.parentElement) {
    const before = textBlocks(container, { until: link }).map((block) =>
      block.text.replace(/^[·•\s]+|[·•\s]+$/g, ''),
    );
    const last = before.filter((text) => text !== '').at(-1);
    if (last !== undefined) return last;
  }
  return undefined;
}

function fromJsonLd(company: PersonJsonLd['company'], pageUrl: string): CompanyMention | undefined {
  if (company === undefined) return undefined;
  const url = company.url === undefined ? undefined : readLinkedInLink(company.url, pageUrl);
  return url?.kind === 'company'
    ? { name: company.name, linkedInUrl: url.canonicalUrl, key: url.key }
    : { name: company.name };
}

/**
 * Reads the profile being viewed: URL from the address bar or canonical link, name from `<h1>` (or `<title>`),
 * headline as the first text after the name, location beside the contact-info link, first linked company.
 */
export function readProfilePage(
  document: Document,
  pageUrl: string,
): Result<ViewedProfile, ProfilePageError> {
  const profile = profileUrl(document, pageUrl);
  if (profile === undefined) return err('not-a-profile');
  const heading = document.querySelector(pageHeading);
  // Logged-out public profiles embed a schema.org Person; it fills what the DOM does not show.
  const data: PersonJsonLd = readPersonJsonLd(document) ?? {};
  const name = cleanText(heading?.textContent) || (data.name ?? '') || nameFromTitle(document.title);
  if (name === '') return err('no-name');
  const main = document.querySelector(mainLandmark) ?? document.body;
  const topCard = heading?.closest(topCardSection) ?? main;
  const headline =
    (heading === null
      ? undefined
      : textBlocks(topCard, { after: heading, limit: 2 }).find((block) => block.text !== name)?.text) ??
    data.jobTitle;
  const contact = main.querySelector(contactInfoLink);
  const location = (contact === null ? undefined : locationBefore(contact)) ?? data.location;
  const company =
    firstLinkedCompany(topCard, pageUrl) ??
    firstLinkedCompany(main, pageUrl) ??
    fromJsonLd(data.company, pageUrl);
  return ok({
    profile,
    name,
    ...(headline === undefined ? {} : { headline }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
  });
}
