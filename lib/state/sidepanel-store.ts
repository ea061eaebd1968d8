/**
 * The side panel's store (STYLE.md §4.5): a cache of what the background knows about one tab (its
 * LinkedIn people, their enrichment, lists and jobs). It loads through messages, follows storage
 * through the injected watchers, and its actions send protocol messages; the background does the
 * batching (10 per request), caching and queueing.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiError } from '../errors';
import type {
  JobView,
  Membership,
  PersonRef,
  ProfileEntry,
  Prospect,
  SnovCampaign,
  SnovList,
  TabContext,
} from '../messaging/protocol';
import { toProspectInput } from './prospect-input';
import { exportProspects, plural } from './export-csv';
import { loading, settle, unreachable, valueOf } from './remote';
import type { Remote } from './remote';
import type { Send } from './send';
import { isEnrichable, panelPeople, prospectFor, uncachedUrls } from './sidepanel-selectors';

export { isEnrichable, panelPeople, prospectFor, uncachedUrls } from './sidepanel-selectors';

/** Where the store gets its truth; the entrypoint passes the extension's, tests pass fakes. */
export interface SidepanelStoreDeps {
  readonly send: Send;
  /** Calls back when the persisted job list changes (local:jobs). */
  readonly watchJobs: (onChange: () => void) => () => void;
  /** Calls back when the background's per-tab state may have changed (session storage). */
  readonly watchContexts: (onChange: () => void) => () => void;
  /** The profile the user picked with "Enrich this profile", if any. */
  readonly readFocus: () => Promise<PersonRef | null>;
  readonly clearFocus: () => Promise<void>;
  readonly saveFile: (name: string, text: string) => void;
  readonly now: () => Date;
}

export type SaveTarget =
  | { readonly kind: 'list'; readonly listId: number }
  | { readonly kind: 'campaign'; readonly campaignId: number };

export interface SidepanelData {
  readonly tabId: number | null;
  readonly context: Remote<TabContext | null>;
  readonly focus: PersonRef | null;
  /** Enrichment state by person URL (as the page reported it). */
  readonly profiles: Readonly<Record<string, ProfileEntry>>;
  readonly selected: readonly string[];
  /** The enrichment job this panel started last, for its progress bar. */
  readonly jobId: string | null;
  readonly jobs: readonly JobView[];
  /** "Find e-mail" results by person URL. */
  readonly finder: Readonly<Record<string, Remote<Prospect>>>;
  readonly lists: Remote<readonly SnovList[]>;
  readonly campaigns: Remote<readonly SnovCampaign[]>;
  readonly listId: number | null;
  readonly campaignId: number | null;
  /** By prospect key. */
  readonly membership: Readonly<Record<string, Membership>>;
  readonly isSaving: boolean;
  readonly isCreatingList: boolean;
  readonly error: ApiError | null;
  readonly notice: string | null;
}

export interface SidepanelActions {
  /** Subscribes to storage and loads lists, jobs and the focused profile; returns the unsubscribe. */
  readonly start: () => () => void;
  /** Follows another tab (or the same one again after it navigated). */
  readonly bind: (tabId: number) => Promise<void>;
  readonly refresh: () => Promise<void>;
  readonly enrich: (urls: readonly string[]) => Promise<void>;
  readonly enrichSelected: () => Promise<void>;
  readonly findEmail: (
    url: string,
    request: { firstName: string; lastName: string; domain: string },
  ) => Promise<void>;
  readonly toggle: (url: string, isSelected: boolean) => void;
  readonly toggleAll: (isSelected: boolean) => void;
  readonly dismissFocus: () => void;
  readonly selectList: (listId: number | null) => Promise<void>;
  readonly selectCampaign: (campaignId: number | null) => void;
  readonly createList: (name: string) => Promise<void>;
  readonly save: (target: SaveTarget, urls: readonly string[]) => Promise<void>;
  readonly exportSelected: () => void;
}

export type SidepanelState = SidepanelData & SidepanelActions;

const initial: SidepanelData = {
  tabId: null,
  context: { status: 'idle' },
  focus: null,
  profiles: {},
  selected: [],
  jobId: null,
  jobs: [],
  finder: {},
  lists: { status: 'idle' },
  campaigns: { status: 'idle' },
  listId: null,
  campaignId: null,
  membership: {},
  isSaving: false,
  isCreatingList: false,
  error: null,
  notice: null,
};

/** Creates a fresh store; each test and each panel gets its own. */
export function createSidepanelStore(deps: SidepanelStoreDeps): StoreApi<SidepanelState> {
  const { send } = deps;
  return createStore<SidepanelState>()((set, get) => {
    const prospects = (urls: readonly string[]): Prospect[] => {
      const state = get();
      const byUrl = new Map(panelPeople(state).map((p) => [p.url, p]));
      return urls.flatMap((url) => {
        const person = byUrl.get(url);
        return person === undefined ? [] : [prospectFor(person, state.profiles[url], state.finder[url])];
      });
    };

    const refreshMembership = async (): Promise<void> => {
      const { listId } = get();
      const keys = prospects(panelPeople(get()).map((p) => p.url)).map((p) => p.key);
      if (listId === null || keys.length === 0) return;
      const membership = await send('getMembership', { listId, keys }).catch(() => null);
      if (membership !== null && get().listId === listId)
        set({ membership: { ...get().membership, ...membership } });
    };

    const refreshProfiles = async (): Promise<void> => {
      const urls = panelPeople(get()).map((p) => p.url);
      if (urls.length === 0) return;
      const profiles = await send('getProfiles', { urls }).catch(() => null);
      if (profiles !== null) set({ profiles: { ...get().profiles, ...profiles } });
      await refreshMembership();
    };

    const refreshContext = async (): Promise<void> => {
      const { tabId } = get();
      if (tabId === null) return;
      const context = await send('getTabContext', { tabId }).catch(() => undefined);
      if (get().tabId !== tabId) return;
      set({
        context:
          context === undefined
            ? { status: 'error', error: unreachable }
            : { status: 'ready', value: context },
      });
      await refreshProfiles();
    };

    const refreshJobs = async (): Promise<void> => {
      const jobs = await send('getJobs', undefined).catch(() => null);
      if (jobs === null) return;
      set({ jobs });
      await refreshProfiles();
    };

    const refreshFocus = async (): Promise<void> => {
      const focus = await deps.readFocus().catch(() => null);
      if (focus?.url !== get().focus?.url) set({ focus });
    };

    const loadTargets = async (): Promise<void> => {
      set((s) => ({ lists: loading(s.lists), campaigns: loading(s.campaigns) }));
      const [lists, campaigns] = await Promise.all([
        send('getLists', undefined).catch(() => null),
        send('getCampaigns', undefined).catch(() => null),
      ]);
      set((s) => ({
        lists: settle(s.lists, lists ?? { ok: false, error: unreachable }),
        campaigns: settle(s.campaigns, campaigns ?? { ok: false, error: unreachable }),
      }));
    };

    const listIdOf = (target: SaveTarget): number | null =>
      target.kind === 'list'
        ? target.listId
        : (valueOf(get().campaigns)?.find((c) => c.id === target.campaignId)?.listId ?? null);

    return {
      ...initial,
      start: () => {
        const unwatchJobs = deps.watchJobs(() => void refreshJobs());
        const unwatchContexts = deps.watchContexts(
          () => void Promise.all([refreshFocus(), refreshContext()]),
        );
        void Promise.all([loadTargets(), refreshJobs(), refreshFocus().then(refreshProfiles)]);
        return () => {
          unwatchJobs();
          unwatchContexts();
        };
      },
      bind: async (tabId) => {
        if (get().tabId !== tabId)
          set({ tabId, context: { status: 'loading' }, selected: [], notice: null, error: null });
        await refreshContext();
      },
      refresh: refreshContext,
      enrich: async (all) => {
        const urls = all.filter(isEnrichable);
        if (urls.length === 0) return;
        set({ error: null });
        const result = await send('enrichProfiles', { urls: [...urls] }).catch(() => null);
        if (!result?.ok) {
          set({ error: result?.error ?? unreachable });
          return;
        }
        const pending = Object.fromEntries(urls.map((url) => [url, { status: 'pending' } as const]));
        set((s) => ({
          jobId: result.value.jobId,
          profiles: { ...s.profiles, ...pending },
          notice: `Enriching ${plural(urls.length, 'profile')}.`,
        }));
        await refreshJobs();
      },
      enrichSelected: async () => {
        const urls = uncachedUrls(get(), get().selected);
        if (urls.length === 0) {
          set({ notice: 'Every selected profile is already enriched.' });
          return;
        }
        await get().enrich(urls);
      },
      findEmail: async (url, request) => {
        set((s) => ({ finder: { ...s.finder, [url]: loading(s.finder[url] ?? { status: 'idle' }) } }));
        const result = await send('findEmail', request).catch(() => null);
        set((s) => ({
          finder: {
            ...s.finder,
            [url]: settle(s.finder[url] ?? { status: 'idle' }, result ?? { ok: false, error: unreachable }),
          },
        }));
        await refreshMembership();
      },
      toggle: (url, isSelected) => {
        set((s) => ({
          selected: isSelected ? [...new Set([...s.selected, url])] : s.selected.filter((u) => u !== url),
        }));
      },
      toggleAll: (isSelected) => {
        set({ selected: isSelected ? panelPeople(get()).map((p) => p.url) : [] });
      },
      dismissFocus: () => {
        set({ focus: null });
        void deps.clearFocus().catch(() => undefined);
      },
      selectList: async (listId) => {
        set({ listId, membership: {} });
        await refreshMembership();
      },
      selectCampaign: (campaignId) => {
        set({ campaignId });
      },
      createList: async (name) => {
        set({ isCreatingList: true, error: null });
        const result = await send('createList', { name }).catch(() => null);
        if (!result?.ok) {
          set({ isCreatingList: false, error: result?.error ?? unreachable });
          return;
        }
        const list = result.value;
        set((s) => ({
          isCreatingList: false,
          lists: { status: 'ready', value: [list, ...(valueOf(s.lists) ?? [])] },
          listId: list.id,
          membership: {},
          notice: `Created list ${list.name}`,
        }));
      },
      save: async (target, urls) => {
        const listId = listIdOf(target);
        if (listId === null) return;
        const chosen = prospects(urls).filter((p) => get().membership[p.key] !== 'in-list');
        const inputs = chosen.flatMap((p) => toProspectInput(p) ?? []);
        const name = valueOf(get().lists)?.find((l) => l.id === listId)?.name ?? `list #${listId}`;
        if (inputs.length === 0) {
          set({ notice: `Nothing new to add to ${name}.` });
          return;
        }
        set({ isSaving: true, error: null, listId });
        const result = await send('addToList', { listId, prospects: inputs }).catch(() => null);
        if (!result?.ok) {
          set({ isSaving: false, error: result?.error ?? unreachable });
          return;
        }
        const marks = Object.fromEntries(
          inputs.map((p) => [p.key, result.value.skipped.includes(p.key) ? 'in-list' : 'saving'] as const),
        );
        const added = inputs.length - result.value.skipped.length;
        set((s) => ({
          isSaving: false,
          membership: { ...s.membership, ...marks },
          notice: `Adding ${plural(added, 'prospect')} to ${name}.`,
        }));
      },
      exportSelected: () => {
        const chosen = prospects(get().selected);
        if (chosen.length === 0) return;
        void exportProspects(chosen, 'linkedin', deps).then((outcome) => {
          set(outcome);
        });
      },
    };
  });
}
