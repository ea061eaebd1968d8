/**
 * The outreach dashboard's store (STYLE.md §4.5): a cache of what the background answered, keyed by
 * message and payload, plus the current route. Every read and write is a protocol message; nothing
 * here calls the API or touches extension APIs, so tests pass a fake `send`.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiError } from '../errors';
import type { ProtocolMap } from '../messaging/protocol';
import type { OutreachMessageName } from '../messaging/protocol/outreach';
import type { Result } from '../result';
import { err } from '../result';
import type { SavedAnswer } from '../storage/dashboard-answers';
import type { Remote } from './remote';
import { loading, settle, unreachable } from './remote';

/** The messages the dashboard sends (its own, plus the prospect lists for "create campaign"). */
export type DashboardMessage = OutreachMessageName | 'getLists';
type Input<K extends DashboardMessage> = Parameters<ProtocolMap[K]>[0];
type Output<K extends DashboardMessage> = ReturnType<ProtocolMap[K]>;
/** The messages that answer a Result (all but `markRepliesRead`). */
export type QueryName = {
  [K in DashboardMessage]: Output<K> extends Result<unknown, ApiError> ? K : never;
}[DashboardMessage];
/** What a query message yields on success. */
export type ValueOf<K extends QueryName> = Output<K> extends Result<infer T, ApiError> ? T : never;

/** The sender the store is given (lib/messaging/client's sendMessage in the page). */
export type DashboardSend = <K extends DashboardMessage>(name: K, data: Input<K>) => Promise<Output<K>>;

/** Where the dashboard is (from `location.hash`). */
export type DashboardRoute =
  | { readonly view: 'campaigns' }
  | { readonly view: 'new-campaign' }
  | {
      readonly view: 'campaign';
      readonly campaignId: number;
      readonly tab: CampaignTab;
      readonly replyKey?: string;
    }
  | { readonly view: 'analytics' }
  | { readonly view: 'senders' }
  | { readonly view: 'warm-up' }
  | { readonly view: 'webhooks' };
export const CAMPAIGN_TABS = ['steps', 'recipients', 'analytics', 'replies', 'settings'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

/** Parses `#/campaigns/42/replies/KEY` and friends; anything unknown is the campaign list. */
export function parseRoute(hash: string): DashboardRoute {
  const [section = '', id, tab, key] = hash
    .replace(/^#\/?/u, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  if (section === 'analytics' || section === 'senders' || section === 'warm-up' || section === 'webhooks')
    return { view: section };
  if (section !== 'campaigns' || id === undefined || id === '') return { view: 'campaigns' };
  if (id === 'new') return { view: 'new-campaign' };
  if (!/^\d+$/u.test(id)) return { view: 'campaigns' };
  const known = CAMPAIGN_TABS.find((name) => name === tab) ?? 'steps';
  return known === 'replies' && key
    ? { view: 'campaign', campaignId: Number(id), tab: known, replyKey: key }
    : { view: 'campaign', campaignId: Number(id), tab: known };
}

/** The hash of a route (inverse of {@link parseRoute}). */
export function routeHash(route: DashboardRoute): string {
  if (route.view === 'campaign')
    return `#/campaigns/${route.campaignId}/${route.tab}${route.replyKey ? `/${encodeURIComponent(route.replyKey)}` : ''}`;
  return route.view === 'new-campaign' ? '#/campaigns/new' : `#/${route.view}`;
}

export interface DashboardState {
  readonly route: DashboardRoute;
  /** Query key → what the background answered (see {@link selectQuery}). */
  readonly queries: Readonly<Record<string, Remote<unknown>>>;
  /** Names of writes in flight, for busy buttons. */
  readonly pending: Readonly<Record<string, boolean>>;
  readonly setRoute: (route: DashboardRoute) => void;
  /** Loads (or, with `force`, reloads) one query; a loaded query is kept while it reloads. */
  readonly load: <K extends QueryName>(
    name: K,
    data: Input<K>,
    options?: { readonly force?: boolean },
  ) => Promise<void>;
  /** Sends a write; on success reloads every loaded query whose message is in `invalidates`. */
  readonly mutate: <K extends QueryName>(
    name: K,
    data: Input<K>,
    invalidates?: readonly QueryName[],
  ) => Promise<Result<ValueOf<K>, ApiError>>;
  readonly markRepliesRead: () => Promise<void>;
}

/** The cache key of a query. */
export function queryKey(name: DashboardMessage, data: unknown): string {
  return `${name}:${JSON.stringify(data ?? null)}`;
}

/** A query's state, typed by its message; undefined before the first load. */
export function selectQuery<K extends QueryName>(
  state: Pick<DashboardState, 'queries'>,
  name: K,
  data: Input<K>,
): Remote<ValueOf<K>> | undefined {
  // The entry under this key was only ever written by `load(name, data)` with that message's answer.
  return state.queries[queryKey(name, data)] as Remote<ValueOf<K>> | undefined;
}

/** Where answers outlive the page (session storage in the extension, a map in tests). */
export interface AnswerCache {
  readonly read: () => Promise<Readonly<Record<string, SavedAnswer>>>;
  readonly write: (answers: Readonly<Record<string, SavedAnswer>>) => Promise<void>;
}

export interface DashboardStoreDeps {
  readonly send: DashboardSend;
  readonly initialRoute: DashboardRoute;
  /** Answers kept across opens; without it every open asks the background for everything. */
  readonly cache?: AnswerCache;
  /** Ask for everything again whatever was saved (the user reloaded the page); answers are still saved. */
  readonly fresh?: boolean;
  readonly now?: () => number;
}

/**
 * How long a saved answer is shown without asking again. Every dashboard open asked for the campaign list
 * and each campaign's metrics (9 requests with the seeded account): a few opens used the minute's 60
 * requests that enrichment shares, and the next open waited seconds for a slot (bench, section 4).
 * Older answers are still shown at once, marked as loading, while the new ones come.
 */
export const ANSWER_FRESH_MS = 60_000;
/** Answers kept, newest first; the rest are dropped. */
const MAX_SAVED_ANSWERS = 100;

/** Creates the dashboard store (one per page; one per test). */
export function createDashboardStore(deps: DashboardStoreDeps): StoreApi<DashboardState> {
  // Remembers how to re-send each loaded query, for invalidation.
  const loaded = new Map<string, { name: QueryName; data: unknown }>();
  const now = deps.now ?? Date.now;
  // Read once per page, then kept here and written through.
  let saved: Promise<Map<string, SavedAnswer>> | undefined;
  const savedAnswers = (): Promise<Map<string, SavedAnswer>> =>
    (saved ??= (deps.cache?.read() ?? Promise.resolve({})).then(
      (answers) => new Map(Object.entries(answers)),
      () => new Map(),
    ));

  async function remember(change: (answers: Map<string, SavedAnswer>) => void): Promise<void> {
    if (!deps.cache) return;
    const answers = await savedAnswers();
    change(answers);
    const kept = [...answers].sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_SAVED_ANSWERS);
    await deps.cache.write(Object.fromEntries(kept)).catch(() => undefined);
  }

  async function ask<K extends QueryName>(name: K, data: Input<K>): Promise<Result<ValueOf<K>, ApiError>> {
    try {
      // Output<K> of a QueryName is exactly Result<ValueOf<K>, ApiError> (see QueryName).
      return (await deps.send(name, data)) as Result<ValueOf<K>, ApiError>;
    } catch {
      return err(unreachable);
    }
  }

  return createStore<DashboardState>()((set, get) => {
    const put = (key: string, remote: Remote<unknown>): void => {
      set((state) => ({ queries: { ...state.queries, [key]: remote } }));
    };
    const load: DashboardState['load'] = async (name, data, options) => {
      const key = queryKey(name, data);
      const previous = get().queries[key];
      if (previous && previous.status !== 'error' && !options?.force) return;
      loaded.set(key, { name, data });
      put(key, previous ? loading(previous) : { status: 'loading' });
      // A first load in this page may show what an earlier open saved: as is while fresh, else while asking.
      const last =
        previous === undefined && deps.fresh !== true ? (await savedAnswers()).get(key) : undefined;
      if (last !== undefined && !options?.force && now() - last.at < ANSWER_FRESH_MS) {
        put(key, { status: 'ready', value: last.value });
        return;
      }
      if (last !== undefined) put(key, { status: 'loading', value: last.value });
      const result = await ask(name, data);
      set((state) => ({
        queries: { ...state.queries, [key]: settle(state.queries[key] ?? { status: 'idle' }, result) },
      }));
      if (result.ok) await remember((answers) => answers.set(key, { at: now(), value: result.value }));
    };

    return {
      route: deps.initialRoute,
      queries: {},
      pending: {},
      setRoute: (route) => {
        set({ route });
      },
      load,
      mutate: async (name, data, invalidates = []) => {
        set((state) => ({ pending: { ...state.pending, [name]: true } }));
        const result = await ask(name, data);
        set((state) => ({ pending: { ...state.pending, [name]: false } }));
        if (result.ok) {
          // Saved answers of the changed kinds are dropped too, whether or not this page loaded them.
          await remember((answers) => {
            for (const key of answers.keys())
              if (invalidates.some((name) => key.startsWith(`${name}:`))) answers.delete(key);
          });
          const stale = [...loaded.entries()].filter(([, query]) => invalidates.includes(query.name));
          // Re-sent exactly as first loaded: `query.data` is that message's payload.
          await Promise.all(stale.map(([, query]) => load(query.name, query.data as never, { force: true })));
        }
        return result;
      },
      markRepliesRead: async () => {
        await deps.send('markRepliesRead', undefined).catch(() => null);
      },
    };
  });
}
