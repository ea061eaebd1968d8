import { decodeCloudflareEmail, findEmailsInText, parseMailto } from './emails';
import { MAX_EMAILS } from './evidence-bounds';
import { readOrganizations, type OrganizationEvidence } from './schema-org';

export type { OrganizationEvidence } from './schema-org';

/** How an e-mail address was written on the page. */
export type EmailSource = 'mailto' | 'text' | 'cf-email' | 'json-ld';

/** The page landmark an address sat in; `metadata` is JSON-LD. */
export type PageRegion = 'address' | 'footer' | 'header' | 'nav' | 'aside' | 'main' | 'body' | 'metadata';

/** One sighting of an address. */
export interface FoundEmail {
  readonly address: string;
  readonly source: EmailSource;
  readonly region: PageRegion;
}

/** Raw, serialisable evidence from one page; cheap to collect in a content script, ranked elsewhere. */
export interface PageEvidence {
  readonly pageUrl: string;
  readonly canonicalUrl?: string;
  readonly ogUrl?: string;
  readonly ogSiteName?: string;
  readonly organizations: readonly OrganizationEvidence[];
  readonly emails: readonly FoundEmail[];
  /** Absolute hrefs of links to linkedin.com (any kind; ranking keeps the company pages). */
  readonly linkedInLinks: readonly string[];
}

// Landmarks by element name and by ARIA role, most specific first: an <address> inside a <footer> is
// reported as `address`.
const REGIONS: readonly PageRegion[] = ['address', 'footer', 'header', 'nav', 'aside', 'main'];
const LANDMARKS = new Map<string, number>([
  ['address', 0],
  ['footer', 1],
  ['header', 2],
  ['nav', 3],
  ['aside', 4],
  ['main', 5],
]);
const ROLES = new Map<string, number>([
  ['contentinfo', 1],
  ['banner', 2],
  ['navigation', 3],
  ['complementary', 4],
  ['main', 5],
]);
const SKIPPED_TEXT_PARENTS = 'head, script, style, noscript, template, textarea';
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so the module needs no DOM globals in Node.
const MAX_LINKEDIN_LINKS = 50;
// The `[at]` / `(at)` of an obfuscated address (emails.ts reads it).
const OBFUSCATED_AT = /at\s*[\])]/i;
// A text node worth a closer look holds `@` or a closing bracket.
const CANDIDATE = /[@\])]/;
// Company pages go first: a team page may link hundreds of members before the footer's company link.
const LINKEDIN_COMPANY = /linkedin\.com\/(?:company|school|showcase)\//i;

// The most specific landmark among an element and its ancestors, as an index into REGIONS. Sightings share
// their ancestors, so each element's answer is kept for the rest of the pass: one step per sighting instead
// of a walk to the root (and a closest() per landmark before that).
function regionIndex(element: Element | null, cache: Map<Element, number>): number {
  if (element === null) return REGIONS.length;
  const known = cache.get(element);
  if (known !== undefined) return known;
  const byName = LANDMARKS.get(element.localName) ?? REGIONS.length;
  const byRole = ROLES.get(element.getAttribute('role') ?? '') ?? REGIONS.length;
  const own = Math.min(byName, byRole);
  const index = own === 0 ? 0 : Math.min(own, regionIndex(element.parentElement, cache));
  cache.set(element, index);
  return index;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (href === null || href === undefined || href.trim() === '') return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

function textEmails(
  document: Document,
  push: (address: string, source: EmailSource, element: Element | null) => void,
): void {
  const walker = document.createTreeWalker(document.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    // Most text nodes hold neither `@` nor a closing bracket: one scan for the three.
    if (!CANDIDATE.test(text) || (!text.includes('@') && !OBFUSCATED_AT.test(text))) continue;
    const parent = node.parentElement;
    if (parent?.closest(SKIPPED_TEXT_PARENTS) != null) continue;
    for (const address of findEmailsInText(text)) push(address, 'text', parent);
  }
}

function linkEmails(
  document: Document,
  push: (address: string, source: EmailSource, element: Element | null) => void,
): void {
  for (const link of document.querySelectorAll('a[href^="mailto:" i]')) {
    for (const address of parseMailto(link.getAttribute('href') ?? '')) push(address, 'mailto', link);
  }
  // Cloudflare "email protection": <a class="__cf_email__" data-cfemail="hex"> and /cdn-cgi/l/email-protection#hex.
  // Its markup nests the one inside the other with the same payload: decode a repeat only once.
  let lastHex: string | undefined;
  let lastAddress: string | undefined;
  for (const element of document.querySelectorAll(
    '[data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]',
  )) {
    const hex = element.getAttribute('data-cfemail') ?? element.getAttribute('href')?.split('#')[1] ?? '';
    if (hex !== lastHex) [lastHex, lastAddress] = [hex, decodeCloudflareEmail(hex)];
    if (lastAddress !== undefined) push(lastAddress, 'cf-email', element);
  }
}

function companiesFirst(links: readonly (string | undefined)[]): string[] {
  const unique = [...new Set(links.filter((link) => link !== undefined))];
  return [
    ...unique.filter((link) => LINKEDIN_COMPANY.test(link)),
    ...unique.filter((link) => !LINKEDIN_COMPANY.test(link)),
  ];
}

/** Collects raw company evidence from a page: JSON-LD organizations, canonical/og URLs, e-mails and LinkedIn links. */
export function collectPageEvidence(document: Document, pageUrl: string): PageEvidence {
  // Sightings in the order first seen, and each address's, to skip repeats without building a key per sighting.
  const emails: FoundEmail[] = [];
  const byAddress = new Map<string, FoundEmail[]>();
  const regions = new Map<Element, number>();
  const push = (address: string, source: EmailSource, element: Element | null): void => {
    if (emails.length >= MAX_EMAILS) return;
    const region = source === 'json-ld' ? 'metadata' : (REGIONS[regionIndex(element, regions)] ?? 'body');
    const known = byAddress.get(address);
    if (known?.some((email) => email.source === source && email.region === region) === true) return;
    const found: FoundEmail = { address, source, region };
    if (known === undefined) byAddress.set(address, [found]);
    else known.push(found);
    emails.push(found);
  };
  const organizations = readOrganizations(document);
  for (const organization of organizations) {
    for (const raw of organization.emails)
      for (const address of findEmailsInText(raw)) push(address, 'json-ld', null);
  }
  linkEmails(document, push);
  textEmails(document, push);
  const links = [...document.querySelectorAll('a[href*="linkedin.com/"]')].map((link) =>
    absolute(link.getAttribute('href'), pageUrl),
  );
  const canonicalUrl = absolute(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    pageUrl,
  );
  const ogUrl = absolute(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), pageUrl);
  const ogSiteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return {
    pageUrl,
    ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    ...(ogUrl === undefined ? {} : { ogUrl }),
    ...(ogSiteName === undefined || ogSiteName === '' ? {} : { ogSiteName }),
    organizations,
    emails,
    linkedInLinks: companiesFirst(links).slice(0, MAX_LINKEDIN_LINKS),
  };
}
