/**
 * Turns the detectors' output into the report the background receives (`reportLinkedInPage`).
 * The page kind comes from the URL first (LinkedIn's paths are the same in every UI language);
 * detection itself lives in lib/detect/linkedin and is not repeated here.
 */
import type { CompanyMention } from '../detect/linkedin/company-ref';
import { readProfilePage } from '../detect/linkedin/profile';
import { createResultScanner } from '../detect/linkedin/search';
import type { ListedProfile, ResultScanner } from '../detect/linkedin/search';
import { readLinkedInLink } from '../detect/linkedin/url-link';
import type { PersonRef } from '../messaging/protocol/dto';

/** What the content script tells the background about the page (the `reportLinkedInPage` payload). */
export interface LinkedInPageSnapshot {
  readonly url: string;
  readonly kind: 'profile' | 'search' | 'company' | 'other';
  readonly people: readonly PersonRef[];
  readonly companyLinkedIn?: string;
}

/** Reads a LinkedIn page fully, or only the nodes added since the last read. */
export interface LinkedInPageReader {
  readonly readPage: (document: Document, url: string) => LinkedInPageSnapshot;
  readonly readAdded: (previous: LinkedInPageSnapshot, nodes: readonly Element[]) => LinkedInPageSnapshot;
}

// Results pages: people search, Sales Navigator searches and lists, Recruiter projects, "My network".
const RESULTS_PATH = /^\/(?:search\/results\/|sales\/(?:search|lists)\/|talent\/|mynetwork\/)/;
// A company's "People" tab lists its employees like a search page does.
const COMPANY_PEOPLE_PATH = /^\/company\/[^/]+\/people\/?/;

// Plain assignments, not conditional spreads: this runs for every row of a 1,000-result page.
function toPersonRef(person: ListedProfile): PersonRef {
  const ref: { -readonly [K in keyof PersonRef]: PersonRef[K] } = {
    url: person.profile.canonicalUrl,
    name: person.name.slice(0, 200),
  };
  if (person.headline) ref.headline = person.headline.slice(0, 300);
  if (person.company?.name) ref.company = person.company.name.slice(0, 200);
  if (person.location) ref.location = person.location.slice(0, 200);
  return ref;
}

function companyOf(url: string): string | undefined {
  const parsed = readLinkedInLink(url);
  return parsed?.kind === 'company' ? parsed.canonicalUrl : undefined;
}

function withCompany(
  snapshot: LinkedInPageSnapshot,
  company: CompanyMention | string | undefined,
): LinkedInPageSnapshot {
  const linkedIn = typeof company === 'string' ? company : company?.linkedInUrl;
  return linkedIn === undefined ? snapshot : { ...snapshot, companyLinkedIn: linkedIn };
}

/** Creates a reader; it keeps one incremental scanner for the results page being watched. */
export function createLinkedInPageReader(): LinkedInPageReader {
  let scanner: ResultScanner | null = null;
  return {
    readPage: (document, url) => {
      scanner = null;
      const path = new URL(url).pathname;
      const profile = readProfilePage(document, url);
      if (profile.ok)
        return withCompany(
          { url, kind: 'profile', people: [toPersonRef(profile.value)] },
          profile.value.company,
        );
      // A profile whose top card has not rendered yet: report it empty; the observer reads it again.
      if (profile.error === 'no-name') return { url, kind: 'profile', people: [] };
      const company = companyOf(url);
      if (RESULTS_PATH.test(path) || COMPANY_PEOPLE_PATH.test(path)) {
        scanner = createResultScanner(url);
        return withCompany({ url, kind: 'search', people: scanner.scan(document).map(toPersonRef) }, company);
      }
      return withCompany({ url, kind: company === undefined ? 'other' : 'company', people: [] }, company);
    },
    readAdded: (previous, nodes) => {
      if (scanner === null) return previous;
      const active = scanner;
      const added = nodes.flatMap((node) => (node.isConnected ? active.scan(node) : [])).map(toPersonRef);
      return added.length === 0 ? previous : { ...previous, people: [...previous.people, ...added] };
    },
  };
}
