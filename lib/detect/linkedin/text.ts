import { isNonContentText, isVisibleTwinElement, visibleTwin } from './selectors';

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

// Anything but a single space between words: only then is the (allocating) replace needed.
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** Collapses whitespace (LinkedIn pads text with newlines and `<!---->` comments). */
export function cleanText(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  return UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

// firstChild/nextSibling walks: iterating NodeList/HTMLCollection with for…of is several times slower
// in Chromium, and this runs over every row of a 1,000-result page. A leaf's text nodes are all its text,
// so one textContent read replaces the walk there (`firstChild` is the element's firstElementChild).
function ownText(element: Element, firstChild: Element | null): string {
  if (firstChild === null) return cleanText(element.textContent);
  let text: string | undefined;
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE)
      text = text === undefined ? (node.nodeValue ?? '') : text + (node.nodeValue ?? '');
  }
  return text === undefined ? '' : cleanText(text);
}

// `<span aria-hidden="true">Ada</span><span>View Ada's profile</span>`: the unhidden twin is screen-reader
// text in the UI language, so it is skipped wherever it sits next to a visible half.
function isSkipped(element: Element): boolean {
  if (isNonContentText(element)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return false;
  return isVisibleTwin(element.previousElementSibling) || isVisibleTwin(element.nextElementSibling);
}

// A hidden "·" separator or icon is not a twin: the visible half must have letters or digits.
function isVisibleTwin(sibling: Element | null): boolean {
  return sibling !== null && isVisibleTwinElement(sibling) && hasLetterOrDigit(sibling.textContent);
}

// ASCII letters or digits settle it without the Unicode classes, whose first use costs V8 a compile of
// about a millisecond in a content script that runs cold on every page.
function hasLetterOrDigit(text: string): boolean {
  return /[a-z\d]/i.test(text) || /[\p{L}\p{N}]/u.test(text);
}

/** Text blocks under `root` in document order, skipping controls, icons and screen-reader twins. */
export function textBlocks(root: Element, options: TextBlockOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let collecting = options.after === undefined;
  let stopped = false;
  const visit = (element: Element): void => {
    if (stopped || blocks.length >= limit) return;
    const isSkippedHere = element !== root && isSkipped(element);
    // A skipped wrapper may hold the boundary (LinkedIn wraps the profile <h1> in a link).
    if (
      element === options.until ||
      (isSkippedHere && options.until !== undefined && element.contains(options.until))
    ) {
      stopped = true;
      return;
    }
    if (
      element === options.after ||
      (isSkippedHere && options.after !== undefined && element.contains(options.after))
    ) {
      collecting = true;
      return;
    }
    if (isSkippedHere) return;
    const first = element.firstElementChild;
    const text = ownText(element, first);
    if (collecting && text !== '') blocks.push({ element, text });
    for (let child = first; child !== null; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  return blocks;
}

// Pre-order successor of `element` inside `root` past its subtree.
function nextAfter(element: Element, root: Element): Element | null {
  for (
    let current: Element | null = element;
    current !== null && current !== root;
    current = current.parentElement
  ) {
    const next = current.nextElementSibling;
    if (next !== null) return next;
  }
  return null;
}

/**
 * Up to `limit` accepted text blocks after `start` (its subtree excluded) inside `root`. Walks forward only,
 * so a results row costs the few elements after the name, not the whole row.
 */
export function textBlocksAfter(
  start: Element,
  root: Element,
  limit: number,
  accept: (text: string) => boolean,
): string[] {
  const found: string[] = [];
  for (let element = nextAfter(start, root); element !== null;) {
    // Test the skip list only where it changes the answer: a wrapper first (a skipped one's text is never
    // read), a leaf only when its text is wanted. Most leaves after a name hold unwanted text (badges).
    const first = element.firstElementChild;
    const skip = first !== null && isSkipped(element);
    if (!skip) {
      const own = ownText(element, first);
      if (own !== '' && accept(own) && (first !== null || !isSkipped(element))) {
        found.push(own);
        if (found.length >= limit) break;
      }
    }
    element = skip || first === null ? nextAfter(element, root) : first;
  }
  return found;
}

/**
 * The visible label of a link: its `aria-hidden` half if any, else its first text block. Image alts are
 * ignored on purpose: logo alts are localised ("… logo", "Logo von …").
 */
export function linkLabel(link: Element): string {
  const visible = cleanText(link.querySelector(visibleTwin)?.textContent);
  return visible !== '' ? visible : firstBlock(link);
}

// textBlocks(root, { limit: 1 }) without its bookkeeping: runs for every photo link of a results page, and
// a link with no text at all (a photo) is answered by one read.
function firstBlock(root: Element): string {
  if (!/\S/.test(root.textContent)) return '';
  for (let element: Element | null = root; element !== null;) {
    const skip: boolean = element !== root && isSkipped(element);
    const first: Element | null = element.firstElementChild;
    const text = skip ? '' : ownText(element, first);
    if (text !== '') return text;
    element = skip || first === null ? nextAfter(element, root) : first;
  }
  return '';
}

/** Whether a root handed to a detector (document, fragment or element) is an element. */
export function isElement(node: ParentNode): node is Element {
  return 'nodeType' in node && node.nodeType === 1;
}
