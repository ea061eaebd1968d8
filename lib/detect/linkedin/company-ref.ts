import { readLinkedInLink } from './url-link';
import { companyLink } from './selectors';
import { linkLabel } from './text';
import type { LinkedInUrl } from './url-types';

/** A company as a LinkedIn page shows it: the visible name and, when linked, its LinkedIn page. */
export interface CompanyMention {
  readonly name: string;
  /** Canonical LinkedIn company URL (`/company/{slug-or-id}`); absent when the name is plain text. */
  readonly linkedInUrl?: string;
  readonly key?: string;
}

/** Cuts the employment-type tail LinkedIn appends after a middle dot ("Northwind · Full-time"). */
export function companyName(text: string): string {
  return text.split(/\s+[·•]\s+/)[0]?.trim() ?? '';
}

/** The company a `/company/…` link points at, with its visible name; undefined for other links or no name. */
export function companyFromLink(link: Element, baseUrl: string): CompanyMention | undefined {
  const url = readLinkedInLink(link.getAttribute('href') ?? '', baseUrl);
  return url?.kind === 'company' ? companyMention(link, url) : undefined;
}

/** The company `url` (parsed from `link`) with the link's visible name; undefined when it shows none. */
export function companyMention(link: Element, url: LinkedInUrl): CompanyMention | undefined {
  const name = companyName(linkLabel(link));
  return name === '' ? undefined : { name, linkedInUrl: url.canonicalUrl, key: url.key };
}

/** The first linked company with a visible name under `root`, read from its link. */
export function firstLinkedCompany(root: ParentNode, baseUrl: string): CompanyMention | undefined {
  for (const link of root.querySelectorAll(companyLink)) {
    const company = companyFromLink(link, baseUrl);
    if (company !== undefined) return company;
  }
  return undefined;
}
