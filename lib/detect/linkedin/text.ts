import { nonContentText, visibleTwin } from './selectors';

/** A run of text owned directly by one element. */
export interface TextBlock {
  readonly element: Element;
  readonly text: string;
}

/** Where to start and stop collecting blocks, and how many to collect. */
export interface TextBlockOptions {
  readonly after?: Element;
  readonly until?: Element;
  readonly limit?: number;
}

const TEXT_NODE = 3; // Node.TEXT_NODE, spelled out so the module needs no DOM globals in Node.

/** Collapses whitespace (LinkedIn pads text with newlines and `<!---->` comments). */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
  return cleanText(text);
}

// `<span aria-hidden="true">Ada</span><span>View Ada's profile</span>`: the unhidden twin is screen-reader
// text in the UI language, so it is skipped wherever it sits next to a visible half.
function isScreenReaderTwin(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true') return false;
  const siblings = [element.previousElementSibling, element.nextElementSibling];
  // A hidden "·" separator or icon is not a twin: the visible half must have letters or digits.
  return siblings.some((sibling) => sibling?.matches(visibleTwin) === true && /[\p{L}\p{N}]/u.test(sibling.textContent));
}

/** Text blocks under `root` in document order, skipping controls, icons and screen-reader twins. */
export function textBlocks(root: Element, options: TextBlockOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let collecting = options.after === undefined;
  let stopped = false;
  const visit = (element: Element): void => {
    if (stopped || blocks.length >= limit) return;
    const isSkipped = element !== root && (element.matches(nonContentText) || isScreenReaderTwin(element));
    // A skipped wrapper may hold the boundary (LinkedIn wraps the profile <h1> in a link).
    if (element === options.until || (isSkipped && options.until !== undefined && element.contains(options.until))) {
      stopped = true;
      return;
    }
    if (element === options.after || (isSkipped && options.after !== undefined && element.contains(options.after))) {
      collecting = true;
      return;
    }
    if (isSkipped) return;
    const text = ownText(element);
    if (collecting && text !== '') blocks.push({ element, text });
    for (const child of element.children) visit(child);
  };
  visit(root);
  return blocks;
}

/**
 * The visible label of a link: its `aria-hidden` half if any, else its first text block. Image alts are
 * ignored on purpose: logo alts are localised ("… logo", "Logo von …").
 */
export function linkLabel(link: Element): string {
  const visible = cleanText(link.querySelector(visibleTwin)?.textContent);
  return visible !== '' ? visible : (textBlocks(link, { limit: 1 })[0]?.text ?? '');
}

/** Whether a root handed to a detector (document, fragment or element) is an element. */
export function isElement(node: ParentNode): node is Element {
  return 'nodeType' in node && node.nodeType === 1;
}
