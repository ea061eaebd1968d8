import { companyMention, type CompanyMention } from './company-ref';
import { isMemberUrl, type MemberUrl } from './profile';
import {
  anyLink,
  companyLinkHref,
  mainLandmark,
  resultItem,
  rowLinkHref,
  salesNavigatorField,
} from './selectors';
import { cleanText, isElement, linkLabel, textBlocksAfter } from './text';
import { readLinkedInLink } from './url-link';
import type { LinkedInUrl } from './url-types';

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

/** A row, its member and company links in document order, their hrefs, and its Sales Navigator fields. */
interface Row {
  readonly element: Element;
  readonly links: Element[];
  readonly hrefs: string[];
  fields?: Element[];
}

// Results live in main (outside it are the viewer's own "Me" menu and "People also viewed" asides): `root`
// itself when it is inside main, else the mains under it. One query for every link per main, its href read
// once and tested as `rowLink` would (selectors.ts), one closest() per member or company link; a row's links
// are consecutive, so most need no map lookup. Far cheaper on a 1,000-row page than a query per row.
function groupRows(root: ParentNode, withFields: boolean): Row[] {
  const rows: Row[] = [];
  const byElement = new Map<Element, Row>();
  const scopes =
    isElement(root) && root.closest(mainLandmark) !== null ? [root] : root.querySelectorAll(mainLandmark);
  let last: Row | undefined;
  // Indexed loops: for…of over a NodeList is several times slower in Chromium (text.ts, bench/detect).
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- a NodeList, see above
  for (let scopeIndex = 0; scopeIndex < scopes.length; scopeIndex++) {
    const links = (scopes[scopeIndex] as ParentNode).querySelectorAll(anyLink);
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- a NodeList, see above
    for (let linkIndex = 0; linkIndex < links.length; linkIndex++) {
      const link = links[linkIndex] as Element;
      const href = link.getAttribute('href');
      if (href === null || !rowLinkHref.test(href)) continue;
      const element = link.closest(resultItem);
      if (element === null) continue;
      if (element !== last?.element) {
        last = byElement.get(element);
        if (last === undefined) {
          last = { element, links: [], hrefs: [] };
          byElement.set(element, last);
          rows.push(last);
        }
      }
      last.links.push(link);
      last.hrefs.push(href);
    }
  }
  if (withFields) for (const row of rows) row.fields = [...row.element.querySelectorAll(SALES_FIELDS)];
  return rows;
}

// The first member link is the row's member; later ones are mutual connections. Rows link the photo and the
// name to the same member, so the first member link with a label names it. The first company link with a
// name is the row's company.
function readRow(state: Row, pageUrl: string): ListedProfile | undefined {
  let member: MemberUrl | undefined;
  let name = '';
  let nameLink: Element | undefined;
  let company: CompanyMention | undefined;
  const { links, hrefs } = state;
  // The photo and the name link to the same href, one after the other: parse it once.
  let lastHref: string | undefined;
  let url: LinkedInUrl | undefined;
  for (let index = 0; index < links.length; index++) {
    const link = links[index];
    const href = hrefs[index];
    if (link === undefined || href === undefined) break;
    // Once named, only a company link can still matter (the selector's own test, without parsing).
    if (nameLink !== undefined && (company !== undefined || !companyLinkHref.test(href))) continue;
    if (href !== lastHref) url = readLinkedInLink(href, pageUrl);
    lastHref = href;
    if (isMemberUrl(url)) {
      if (nameLink !== undefined || (member !== undefined && url.key !== member.key)) continue;
      member ??= url;
      name = linkLabel(link);
      if (name !== '') nameLink = link;
    } else if (url?.kind === 'company') {
      company ??= companyMention(link, url);
    }
  }
  if (member === undefined || nameLink === undefined) return undefined;
  const listed: { -readonly [K in keyof ListedProfile]: ListedProfile[K] } = { profile: member, name };
  const fields = state.fields;
  if (fields === undefined || fields.length === 0) {
    const blocks = textBlocksAfter(nameLink, state.element, 2, (text) => text !== name && !BADGE.test(text));
    if (blocks[0] !== undefined) listed.headline = blocks[0];
    if (blocks[1] !== undefined) listed.location = blocks[1];
  } else {
    const headline = salesField(fields, salesNavigatorField.title);
    const location = salesField(fields, salesNavigatorField.location);
    const companyText = salesField(fields, salesNavigatorField.company);
    if (headline !== undefined) listed.headline = headline;
    if (location !== undefined) listed.location = location;
    company ??= companyText === undefined ? undefined : { name: companyText };
  }
  if (company !== undefined) listed.company = company;
  return listed;
}

function salesField(fields: readonly Element[], selector: string): string | undefined {
  const text = cleanText(fields.find((field) => field.matches(selector))?.textContent);
  return text === '' ? undefined : text;
}

function read(root: ParentNode, pageUrl: string, seen: Set<string>): ListedProfile[] {
  // Sales Navigator rows carry data-anonymize fields; other pages skip that query.
  const rows = groupRows(root, pageUrl.includes('/sales/'));
  const found: ListedProfile[] = [];
  for (const row of rows) {
    const listed = readRow(row, pageUrl);
    if (listed === undefined || seen.has(listed.profile.key)) continue;
    seen.add(listed.profile.key);
    found.push(listed);
  }
  return found;
}

/** Reads every member listed under `root`, skipping keys in `seen` and adding the new ones to it. */
export function readSearchResults(
  root: ParentNode,
  pageUrl: string,
  seen = new Set<string>(),
): ListedProfile[] {
  return read(root, pageUrl, seen);
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
      return read(row ?? root, pageUrl, seenKeys);
    },
  };
}
