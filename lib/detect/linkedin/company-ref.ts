import { parseLinkedInUrl } from './urls';
import { companyLink } from './selectors';
import { linkLabel } from './text';

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

/** The first linked company with a visible name under `root`, read from its link. */
export function firstLinkedCompany(root: ParentNode, baseUrl: string): CompanyMention | undefined {
  for (const link of root.querySelectorAll(companyLink)) {
    const parsed = parseLinkedInUrl(link.getAttribute('href') ?? '', baseUrl);
    const name = companyName(linkLabel(link));
    if (!parsed.ok || parsed.value.kind !== 'company' || name === '') continue;
    return { name, linkedInUrl: parsed.value.canonicalUrl, key: parsed.value.key };
  }
  return undefined;
}
