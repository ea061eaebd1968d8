import { firstLinkedCompany, type CompanyMention } from './company-ref';
import type { MemberUrl } from './profile';
import { mainLandmark, personLink, resultItem, salesNavigatorField } from './selectors';
import { cleanText, isElement, linkLabel, textBlocks } from './text';
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

function memberOf(link: Element, pageUrl: string): MemberUrl | undefined {
  const parsed = parseLinkedInUrl(link.getAttribute('href') ?? '', pageUrl);
  const url = parsed.ok ? parsed.value : undefined;
  return url?.kind === 'person' || url?.kind === 'sales-lead' || url?.kind === 'talent' ? url : undefined;
}

function linksByItem(root: ParentNode): Map<Element, Element[]> {
  const links = [...root.querySelectorAll(personLink)];
  if (isElement(root) && root.matches(personLink)) links.unshift(root);
  const byItem = new Map<Element, Element[]>();
  for (const link of links) {
    // Links outside main are the viewer's own "Me" menu and "People also viewed" asides.
    const item = link.closest(mainLandmark) === null ? null : link.closest(resultItem);
    if (item !== null) byItem.set(item, [...(byItem.get(item) ?? []), link]);
  }
  return byItem;
}

function salesFields(item: Element): { headline?: string; company?: CompanyMention; location?: string } {
  const headline = cleanText(item.querySelector(salesNavigatorField.title)?.textContent);
  const company = cleanText(item.querySelector(salesNavigatorField.company)?.textContent);
  const location = cleanText(item.querySelector(salesNavigatorField.location)?.textContent);
  return { ...(headline === '' ? {} : { headline }), ...(company === '' ? {} : { company: { name: company } }), ...(location === '' ? {} : { location }) };
}

function readItem(item: Element, links: readonly Element[], pageUrl: string): ListedProfile | undefined {
  const members = links.map((link) => ({ link, url: memberOf(link, pageUrl) }));
  // The first member link is the result; later ones in the row are mutual connections.
  const key = members.find((member) => member.url !== undefined)?.url?.key;
  const named = members.map((member) => ({ ...member, name: member.url?.key === key ? linkLabel(member.link) : '' })).find((member) => member.name !== '');
  if (named?.url === undefined) return undefined;
  const fields = salesFields(item);
  const blocks = textBlocks(item, { after: named.link, limit: 6 }).map((block) => block.text).filter((text) => !BADGE.test(text) && text !== named.name);
  const headline = fields.headline ?? blocks[0];
  const location = fields.location ?? (fields.headline === undefined ? blocks[1] : undefined);
  const linked = firstLinkedCompany(item, pageUrl);
  const company = linked === undefined ? fields.company : { ...linked, name: fields.company?.name ?? linked.name };
  return {
    profile: named.url,
    name: named.name,
    ...(headline === undefined ? {} : { headline }),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
  };
}

/** Reads every member listed under `root`, skipping keys in `seen` and adding the new ones to it. */
export function readSearchResults(root: ParentNode, pageUrl: string, seen = new Set<string>()): ListedProfile[] {
  const found: ListedProfile[] = [];
  for (const [item, links] of linksByItem(root)) {
    const listed = readItem(item, links, pageUrl);
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
