/**
 * Follows a LinkedIn tab: reads the page once, again after each in-page navigation, and incrementally
 * as results load lazily, then reports what it saw. One MutationObserver, debounced; nothing runs
 * while the page is quiet, and a report is sent only when what the page holds has changed.
 *
 * Pure over its inputs (document, observer class, timers, detector, report) so it runs under happy-dom.
 */
import type { LinkedInPageSnapshot, LinkedInPageReader } from './linkedin-page';

/** Timers the watcher may use; the content script passes ctx-bound ones so they die with it. */
export interface WatcherTimers {
  readonly setTimeout: (handler: () => void, ms: number) => number;
  readonly clearTimeout: (id: number) => void;
  readonly now: () => number;
}

export interface WatcherDeps {
  readonly document: Document;
  readonly MutationObserver: typeof MutationObserver;
  readonly currentUrl: () => string;
  readonly reader: LinkedInPageReader;
  readonly report: (snapshot: LinkedInPageSnapshot) => Promise<unknown>;
  readonly timers: WatcherTimers;
  /** Quiet time before a batch of mutations is read. */
  readonly debounceMs?: number;
  /** Longest a busy page may delay a read. */
  readonly maxWaitMs?: number;
}

export interface LinkedInWatcher {
  /** Reads the page now and starts observing. */
  readonly start: () => void;
  /** The URL changed without a page load (pushState, Navigation API): forget the old page. */
  readonly navigate: () => void;
  /** Stops observing and cancels any pending read. */
  readonly stop: () => void;
}

// Above this many pending nodes a full read is cheaper than checking each one.
const MAX_PENDING_NODES = 400;

function isElement(node: Node): node is Element {
  return node.nodeType === 1; // Node.ELEMENT_NODE; the Node global may belong to another realm
}

function isSameSnapshot(a: LinkedInPageSnapshot, b: LinkedInPageSnapshot): boolean {
  const isAlike = a.url === b.url && a.kind === b.kind && a.people.length === b.people.length;
  return isAlike && JSON.stringify(a) === JSON.stringify(b);
}

/** Creates the watcher; call `start` once. */
export function createLinkedInWatcher(deps: WatcherDeps): LinkedInWatcher {
  const debounceMs = deps.debounceMs ?? 300;
  const maxWaitMs = deps.maxWaitMs ?? 1500;
  let current: LinkedInPageSnapshot | null = null;
  // What was last reported; null: send the next read whatever it holds.
  let lastSent: LinkedInPageSnapshot | null = null;
  let pending: Element[] = [];
  let needsFullRead = true;
  let timer: number | null = null;
  let firstPendingAt = 0;
  let observer: MutationObserver | null = null;

  const read = (): { snapshot: LinkedInPageSnapshot; isFull: boolean } => {
    const url = deps.currentUrl();
    if (needsFullRead || current?.url !== url || current.kind !== 'search')
      return { snapshot: deps.reader.readPage(deps.document, url), isFull: true };
    return { snapshot: deps.reader.readAdded(current, pending), isFull: false };
  };

  const flush = (): void => {
    timer = null;
    const { snapshot, isFull } = read();
    pending = [];
    needsFullRead = false;
    current = snapshot;
    // An incremental read returns the same snapshot when it found nobody new, and a longer one otherwise, so
    // only a full read (navigation, re-render) that may repeat the last report is compared whole, and only
    // then serialised: serialising 1,000 people on every scroll batch and first read was a large share of
    // their cost (bench/detect).
    if (snapshot === lastSent || (isFull && lastSent !== null && isSameSnapshot(snapshot, lastSent))) return;
    lastSent = snapshot;
    deps.report(snapshot).catch(() => {
      // The worker may be restarting: send again on the next change.
      lastSent = null;
    });
  };

  const schedule = (): void => {
    const now = deps.timers.now();
    if (timer === null) firstPendingAt = now;
    else deps.timers.clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = deps.timers.setTimeout(flush, wait);
  };

  const onMutations = (records: MutationRecord[]): void => {
    let added = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!isElement(node)) continue;
        added = true;
        if (pending.length < MAX_PENDING_NODES) pending.push(node);
        else needsFullRead = true;
      }
    }
    if (added) schedule();
  };

  return {
    start: () => {
      flush();
      observer = new deps.MutationObserver(onMutations);
      observer.observe(deps.document.body, { childList: true, subtree: true });
    },
    navigate: () => {
      needsFullRead = true;
      pending = [];
      schedule();
    },
    stop: () => {
      observer?.disconnect();
      observer = null;
      if (timer !== null) deps.timers.clearTimeout(timer);
      timer = null;
    },
  };
}
