import { err, ok, type Result } from '../../result';
import { domainOfHost } from '../domain';
import { externalLink, pageHeading } from './selectors';
import { cleanText } from './text';
import { isLinkedInHost, parseLinkedInUrl, type LinkedInUrl } from './urls';

/** A LinkedIn company, school or showcase page and the website it links to. */
export interface CompanyPage {
  readonly company: Extract<LinkedInUrl, { kind: 'company' | 'school' | 'showcase' }>;
  readonly name: string;
  readonly website?: string;
  /** Registrable domain of the website (punycode), when it is not a social platform. */
  readonly websiteDomain?: string;
}

/** Why a page yielded no company. */
export type CompanyPageError = 'not-a-company' | 'no-name';

// External links go through https://www.linkedin.com/redir/redirect?url=… on company pages.
function unwrapRedirect(href: string, pageUrl: string): URL | undefined {
  try {
    const url = new URL(href, pageUrl);
    if (!isLinkedInHost(url.hostname)) return url;
    const target = url.pathname.startsWith('/redir/redirect') ? url.searchParams.get('url') : null;
    return target === null ? undefined : new URL(target);
  } catch {
    return undefined;
  }
}

function website(
  document: Document,
  pageUrl: string,
): { website: string; websiteDomain: string } | undefined {
  for (const link of document.querySelectorAll(externalLink)) {
    const url = unwrapRedirect(link.getAttribute('href') ?? '', pageUrl);
    if (
      url === undefined ||
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      isLinkedInHost(url.hostname)
    )
      continue;
    const site = domainOfHost(url.hostname);
    if (site.ok && !site.value.isSocial) return { website: url.href, websiteDomain: site.value.domain };
  }
  return undefined;
}

/** Reads a LinkedIn company/school/showcase page: its canonical URL, `<h1>` name and first external website link. */
export function readCompanyPage(document: Document, pageUrl: string): Result<CompanyPage, CompanyPageError> {
  const parsed = parseLinkedInUrl(pageUrl);
  const company = parsed.ok ? parsed.value : undefined;
  if (company?.kind !== 'company' && company?.kind !== 'school' && company?.kind !== 'showcase')
    return err('not-a-company');
  const name = cleanText(document.querySelector(pageHeading)?.textContent);
  if (name === '') return err('no-name');
  return ok({ company, name, ...website(document, pageUrl) });
}
