import { companyFromLink, type CompanyMention } from './company-ref';
import type { MemberUrl } from './profile';
import { companyLink, mainLandmark, personLink, resultItem, salesNavigatorField } from './selectors';
import { cleanText, isElement, linkLabel, textBlocksAfter } from './text';
import { parseLinkedInUrl } from './urls';

/** One member listed on a search, list or Sales Navigator results page. */
export interface ListedProfile {
  readonly profile: MemberUrl;
  readonly name: string;
  readonly headline?: string;
  readonly company?: CompanyMention;
  readonly location?: string;
}

/** Keeps the keys already reported so each scan returns only new members. */
export interface ResultScanner {
  /** Scans a root (the document or nodes a MutationObserver added) and returns members not seen before. */
  scan: (root: ParentNode) => ListedProfile[];
  readonly seenKeys: ReadonlySet<string>;
}

// Connection-degree badges ("• 2nd", "3rd+", "2.", "1er") and lone separators are not headlines.
const BADGE = /^[·•]?\s*(?:\d{1,2}\S{0,3}\+?)?$/;
const SALES_FIELDS = Object.values(salesNavigatorField).join(', ');

function memberOf(href: string, pageUrl: string): MemberUrl | undefined {
  const parsed = parseLinkedInUrl(href, pageUrl);
  const url = parsed.ok ? parsed.value : undefined;
  return url?.kind === 'person' || url?.kind === 'sales-lead' || url?.kind === 'talent' ? url : undefined;
}

// One querySelectorAll per concept over the whole root, then one closest() per match: far cheaper on a
// 1,000-row page than a query per row.
function byRow(
  root: ParentNode,
  selector: string,
  rows?: ReadonlyMap<Element, unknown>,
): Map<Element, Element[]> {
  const matches = [...root.querySelectorAll(selector)];
  if (isElement(root) && root.matches(selector)) matches.unshift(root);
  const grouped = new Map<Element, Element[]>();
  for (const match of matches) {
    const row = match.closest(resultItem);
    if (row === null || (rows !== undefined && !rows.has(row))) continue;
    const known = grouped.get(row);
    if (known === undefined) grouped.set(row, [match]);
    else known.push(match);
  }
  return grouped;
}

// The first member link is the row's member; later ones are mutual connections. Rows link the photo and
// the name to the same href, so equal hrefs are not parsed twice.
function rowMember(
  links: readonly Element[],
  pageUrl: string,
): { url: MemberUrl; link: Element; name: string } | undefined {
  let first: { href: string; url: MemberUrl } | undefined;
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (first === undefined) {
      const url = memberOf(href, pageUrl);
      if (url === undefined) continue;
      first = { href, url };
    } else if (href !== first.href && memberOf(href, pageUrl)?.key !== first.url.key) {
      continue;
    }
    const name = linkLabel(link);
    if (name !== '') return { url: first.url, link, name };
  }
  return undefined;
}

function salesField(fields: readonly Element[] | undefined, selector: string): string | undefined {
  const text = cleanText(fields?.find((field) => field.matches(selector))?.textContent);
  return text === '' ? undefined : text;
}

interface RowContext {
  readonly pageUrl: string;
  readonly companies: ReadonlyMap<Element, Element[]>;
  readonly salesFields?: ReadonlyMap<Element, Element[]>;
}

function readRow(row: Element, links: readonly Element[], context: RowContext): ListedProfile | undefined {
  const named = rowMember(links, context.pageUrl);
  if (named === undefined) return undefined;
  const fields = context.salesFields?.get(row);
  const blocks =
    fields === undefined
      ? textBlocksAfter(named.link, row, 2, (text) => !BADGE.test(text) && text !== named.name)
      : [];
  const headline = salesField(fields, salesNavigatorField.title) ?? blocks[0];
  const location = salesField(fields, salesNavigatorField.location) ?? blocks[1];
  const linked = context.companies
    .get(row)
    ?.map((link) => companyFromLink(link, context.pageUrl))
    .find((company) => company !== undefined);
  const companyText = salesField(fields, salesNavigatorField.company);
  const company = linked ?? (companyText === undefined ? undefined : { name: companyText });
  return {
    profile: named.url,
    name: named.name,
    ...(headline === undefined ? {} : { headline }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
  };
}

/** Reads every member listed under `root`, skipping keys in `seen` and adding the new ones to it. */
export function readSearchResults(
  root: ParentNode,
  pageUrl: string,
  seen = new Set<string>(),
): ListedProfile[] {
  const rows = byRow(root, personLink);
  // Rows outside main are the viewer's own "Me" menu and "People also viewed" asides.
  for (const row of rows.keys()) if (row.closest(mainLandmark) === null) rows.delete(row);
  const context: RowContext = {
    pageUrl,
    companies: byRow(root, companyLink, rows),
    // Sales Navigator rows carry data-anonymize fields; other pages skip that query.
    ...(pageUrl.includes('/sales/') ? { salesFields: byRow(root, SALES_FIELDS, rows) } : {}),
  };
  const found: ListedProfile[] = [];
  for (const [row, links] of rows) {
    const listed = readRow(row, links, context);
    if (listed === undefined || seen.has(listed.profile.key)) continue;
    seen.add(listed.profile.key);
    found.push(listed);
  }
  return found;
}

/**
 * Creates an incremental scanner: scan the document once, then each node a MutationObserver adds.
 * A node added inside a row rescans that whole row, so late-rendered names are still picked up.
 */
export function createResultScanner(pageUrl: string): ResultScanner {
  const seenKeys = new Set<string>();
  return {
    seenKeys,
    scan: (root) => {
      const row = isElement(root) ? root.closest(resultItem) : null;
      return readSearchResults(row ?? root, pageUrl, seenKeys);
    },
  };
}
