/**
 * The popup's per-surface store (STYLE.md §4.5): a cache of what the background knows about the
 * active tab's company. It loads through messages, follows job progress through the jobs item, and
 * every action is a protocol message, so closing the popup mid-operation loses nothing: the work
 * is queued in the background and a reopened popup reloads it from there.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { DomainEmailsPage, TabContext } from '../messaging/protocol';
import { parsePositions } from './prospect-input';
import type { PopupData, PopupState, PopupStoreDeps } from './popup-types';
import { idle, loading, settle, unreachable, valueOf } from './remote';
import { createSaveActions } from './popup-save';
import { createEmailActions } from './popup-emails';

export type { PopupState, PopupStoreDeps, SaveTarget } from './popup-types';

const initial: PopupData = {
  tabId: null,
  context: idle,
  domain: null,
  company: idle,
  positions: '',
  prospects: idle,
  emails: idle,
  generic: idle,
  found: [],
  finder: idle,
  verifications: {},
  checking: [],
  revealing: [],
  selected: [],
  lists: idle,
  campaigns: idle,
  listId: null,
  campaignId: null,
  membership: {},
  isSaving: false,
  isCreatingList: false,
  jobs: [],
  error: null,
  notice: null,
};

/** Creates a fresh popup store over its dependencies. */
export function createPopupStore(deps: PopupStoreDeps): StoreApi<PopupState> {
  return createStore<PopupState>()((set, get) => {
    const { send } = deps;
    let unwatch: () => void = () => undefined;

    const loadEmails = async (kind: 'all' | 'generic', more: boolean): Promise<void> => {
      const domain = get().domain;
      if (!domain) return;
      const key = kind === 'all' ? 'emails' : 'generic';
      const previous = get()[key];
      const cursor = more ? (valueOf(previous)?.next ?? undefined) : undefined;
      if (more && !cursor) return;
      set({ [key]: loading(previous) });
      const result = await send('domainEmails', { domain, kind, ...(cursor ? { cursor } : {}) }).catch(
        () => null,
      );
      if (get().domain !== domain) return;
      const merged = result?.ok
        ? { ok: true as const, value: mergeEmails(more ? valueOf(previous) : undefined, result.value) }
        : result;
      set({ [key]: settle(previous, merged ?? { ok: false, error: unreachable }) });
      await emailActions.refreshVerifications();
    };

    const loadProspects = async (page: number): Promise<void> => {
      const domain = get().domain;
      if (!domain) return;
      const previous = get().prospects;
      set({ prospects: loading(previous) });
      const positions = parsePositions(get().positions);
      const result = await send('domainProspects', { domain, positions, page }).catch(() => null);
      if (get().domain !== domain) return;
      set({ prospects: settle(previous, result ?? { ok: false, error: unreachable }) });
      await Promise.all([saveActions.refreshMembership(), emailActions.refreshVerifications()]);
    };

    const loadDomain = async (domain: string | null): Promise<void> => {
      set({
        domain,
        company: domain ? { status: 'loading' } : idle,
        prospects: idle,
        emails: idle,
        generic: idle,
        selected: [],
      });
      if (!domain) return;
      const company = send('companyInfo', { domain })
        .catch(() => null)
        .then((result) => {
          if (get().domain === domain)
            set({ company: settle(idle, result ?? { ok: false, error: unreachable }) });
        });
      await Promise.all([company, loadProspects(1), loadEmails('all', false), loadEmails('generic', false)]);
    };

    const refreshJobs = async (): Promise<void> => {
      const before = get().jobs;
      const jobs = await send('getJobs', undefined).catch(() => before);
      set({ jobs });
      const finished = jobs.filter(
        (job) => isTerminal(job.status) && !before.some((b) => b.id === job.id && isTerminal(b.status)),
      );
      if (finished.some((job) => job.kind === 'verify' || job.kind === 'find-email'))
        await emailActions.refreshVerifications();
      if (finished.some((job) => job.kind === 'add-to-list')) await saveActions.refreshMembership();
    };

    const emailActions = createEmailActions(set, get, deps);
    const saveActions = createSaveActions(set, get, deps);

    return {
      ...initial,
      ...emailActions,
      ...saveActions,
      loadEmails,
      loadProspects,
      refreshJobs,
      init: async (tabId, defaultListId) => {
        set({ tabId, context: { status: 'loading' }, listId: defaultListId });
        // The page's context first: it is what the popup shows first, and the worker answers in order.
        const asked = send('getTabContext', { tabId }).catch(() => null);
        unwatch();
        unwatch = deps.watchJobs(() => void refreshJobs());
        void refreshJobs();
        void saveActions.loadTargets();
        const known = await asked;
        const context = known ?? (await send('scanTab', { tabId }).catch(() => null));
        if (context === null) {
          set({ context: { status: 'ready', value: null } });
          return;
        }
        const result = 'ok' in context ? context : { ok: true as const, value: context };
        set({ context: settle<TabContext | null>(idle, result) });
        if (result.ok) await loadDomain(result.value.domain);
      },
      dispose: () => {
        unwatch();
      },
      chooseDomain: async (domain) => {
        const tabId = get().tabId;
        if (tabId === null) return;
        const result = await send('chooseDomain', { tabId, domain }).catch(() => null);
        if (!result?.ok) {
          set({ error: result?.error ?? unreachable });
          return;
        }
        set({ context: { status: 'ready', value: result.value } });
        await loadDomain(result.value.domain);
      },
      setPositions: (positions) => {
        set({ positions });
      },
      cancelJob: async (jobId) => {
        const result = await send('cancelJob', { jobId }).catch(() => null);
        if (!result?.ok) set({ error: result?.error ?? unreachable });
        await refreshJobs();
      },
      retryJob: async (jobId) => {
        const result = await send('retryJob', { jobId }).catch(() => null);
        if (!result?.ok) set({ error: result?.error ?? unreachable });
        await refreshJobs();
      },
      dismissError: () => {
        set({ error: null });
      },
    };
  });
}

function isTerminal(status: string): boolean {
  return status === 'done' || status === 'failed' || status === 'cancelled';
}

function mergeEmails(previous: { emails: readonly string[] } | undefined, page: DomainEmailsPage) {
  const emails = previous ? [...new Set([...previous.emails, ...page.emails])] : [...page.emails];
  return { emails, total: page.total, next: page.next };
}
