import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { DashboardRoute, DashboardState, QueryName, ValueOf } from '../../lib/state/dashboard-store';
import { routeHash, selectQuery } from '../../lib/state/dashboard-store';
import type { ProtocolMap } from '../../lib/messaging/protocol';
import type { Remote } from '../../lib/state/remote';

export const DashboardContext = createContext<StoreApi<DashboardState> | null>(null);

/** The page's store (provided by app.tsx). */
export function useDashboardStore(): StoreApi<DashboardState> {
  const store = useContext(DashboardContext);
  if (!store) throw new Error('DashboardContext is missing');
  return store;
}

/** Loads a query on mount (and when its payload changes) and follows its state. */
export function useQuery<K extends QueryName>(
  name: K,
  data: Parameters<ProtocolMap[K]>[0],
  enabled = true,
): Remote<ValueOf<K>> {
  const store = useDashboardStore();
  const key = JSON.stringify(data ?? null);
  useEffect(() => {
    if (enabled) void store.getState().load(name, data);
    // `key` stands for `data`: a new object with the same content must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, name, key, enabled]);
  return (
    useStore(store, (state) => selectQuery(state, name, data)) ?? { status: enabled ? 'loading' : 'idle' }
  );
}

/** The store's actions and whether a write is in flight. */
export function useActions(): Pick<DashboardState, 'mutate' | 'load'> & {
  readonly pending: DashboardState['pending'];
} {
  const store = useDashboardStore();
  const pending = useStore(store, (state) => state.pending);
  const { mutate, load } = store.getState();
  return { mutate, load, pending };
}

/** Goes to a route (through the hash, so back/forward and reloads work). */
export function go(route: DashboardRoute): void {
  location.hash = routeHash(route);
}
