/**
 * Page context: what the content scripts and the on-demand scan report about each tab, kept in
 * session storage for the popup and side panel, with a toolbar badge per tab.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { isLinkedInHost } from '../../detect/linkedin/urls';
import { createMailLists, type MailListData, type MailLists } from '../../detect/mail-lists';
import type { ApiError } from '../../errors';
import { PageEvidenceSchema, type PageEvidenceReport } from '../../messaging/protocol/page';
import type { TabContext } from '../../messaging/protocol/dto';
import { err, ok, type Result } from '../../result';
import type { Clock } from '../../api/sleep';
import type { HandlerContext, Handlers } from '../handlers';
import { badgeCount, linkedInContext, siteContext, type LinkedInReport } from './contexts';
import {
  forgetTab,
  readDomainChoice,
  readTabContext,
  saveDomainChoice,
  setBadge,
  writeTabContext,
} from './tab-store';

/** Runs the page-scan script in a tab and returns what it found (outside data: parsed by the caller). */
export type TabScanner = (tabId: number) => Promise<unknown>;

/** The page handlers and the tab listeners' callbacks. */
export interface PageService {
  readonly handlers: Pick<
    Handlers,
    'reportLinkedInPage' | 'reportPageEvidence' | 'getTabContext' | 'scanTab' | 'chooseDomain'
  >;
  onTabRemoved(tabId: number): Promise<void>;
  onTabNavigated(tabId: number, url: string): Promise<void>;
}

const NO_TAB: ApiError = {
  kind: 'invalid-input',
  field: 'sender',
  message: 'This report did not come from a tab.',
};
const UNREADABLE: ApiError = {
  kind: 'refused',
  message: 'Prospector cannot read this page (browser pages and web stores are off limits).',
};

function isLinkedInUrl(url: string): boolean {
  try {
    return isLinkedInHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

const NO_LISTS: MailListData = { freeMail: [], disposable: [] };

/** Creates the page service; the mail lists (2.6 MB) are loaded on first use. */
export function createPageService(deps: {
  readonly now: Clock;
  readonly scan: TabScanner;
  /** The free-mail and disposable lists (the worker fetches them from its package). */
  readonly loadMailLists: () => Promise<MailListData>;
}): PageService {
  let lists: Promise<MailLists> | undefined;
  // Loaded once; a failed load ranks this page without the lists and is tried again on the next.
  function mailLists(): Promise<MailLists> {
    lists ??= deps.loadMailLists().then(createMailLists, (error: unknown) => {
      lists = undefined;
      throw error;
    });
    return lists.catch(() => createMailLists(NO_LISTS));
  }

  async function fromEvidence(report: PageEvidenceReport, tabId: number): Promise<TabContext> {
    const [chosen, loaded] = await Promise.all([readDomainChoice(report.url), mailLists()]);
    const context = siteContext({ report, tabId, now: deps.now(), chosen, lists: loaded });
    await writeTabContext(context, badgeCount(context));
    return context;
  }

  // A tab's reports are applied one at a time: an append read-modify-writes the stored context.
  const tabQueues = new Map<number, Promise<unknown>>();
  function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const result = (tabQueues.get(tabId) ?? Promise.resolve()).then(work, work);
    const settled = result.catch(() => undefined);
    tabQueues.set(tabId, settled);
    void settled.then(() => {
      if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
    });
    return result;
  }

  function fromLinkedIn(report: LinkedInReport, tabId: number): Promise<TabContext> {
    return inTabOrder(tabId, async () => {
      const known = report.append === true ? await readTabContext(tabId) : null;
      const context = linkedInContext(report, tabId, deps.now(), known);
      await writeTabContext(context, badgeCount(context));
      return context;
    });
  }

  async function scanTab({ tabId }: { tabId: number }): Promise<Result<TabContext, ApiError>> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url !== undefined && isLinkedInUrl(tab.url)) {
      // LinkedIn has its own content script; its last report is the context.
      const known = await readTabContext(tabId);
      return known
        ? ok(known)
        : err({ kind: 'not-found', message: 'Reload the LinkedIn page to detect its profiles.' });
    }
    const found = await deps.scan(tabId).catch(() => undefined);
    const parsed = v.safeParse(PageEvidenceSchema, found);
    return parsed.success ? ok(await fromEvidence(parsed.output, tabId)) : err(UNREADABLE);
  }

  async function chooseDomain({
    tabId,
    domain,
  }: {
    tabId: number;
    domain: string;
  }): Promise<Result<TabContext, ApiError>> {
    const context = await readTabContext(tabId);
    if (!context) return err({ kind: 'not-found', message: 'Open the page again to detect its company.' });
    await saveDomainChoice(context.url, domain);
    const next = { ...context, domain, updatedAt: deps.now() };
    await writeTabContext(next, badgeCount(next));
    return ok(next);
  }

  const handlers: PageService['handlers'] = {
    async reportLinkedInPage(report, context: HandlerContext) {
      if (context.tabId === undefined) return err(NO_TAB);
      await fromLinkedIn(report, context.tabId);
      return ok(null);
    },
    async reportPageEvidence(report, context: HandlerContext) {
      if (context.tabId === undefined) return err(NO_TAB);
      await fromEvidence(report, context.tabId);
      return ok(null);
    },
    getTabContext: ({ tabId }) => readTabContext(tabId),
    scanTab,
    chooseDomain,
  };

  return {
    handlers,
    async onTabRemoved(tabId) {
      await forgetTab(tabId);
    },
    async onTabNavigated(tabId, url) {
      const known = await readTabContext(tabId);
      // A LinkedIn SPA report may arrive before this event: keep a context that is already for `url`.
      if (!known || known.url === url) return;
      await forgetTab(tabId);
      await setBadge(tabId, 0);
    },
  };
}

/** Runs `/page-scan.js` (an unlisted script) in the tab with activeTab and returns its result. */
export const scanWithScripting: TabScanner = async (tabId) => {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-scan.js'] });
  return first?.result;
};
