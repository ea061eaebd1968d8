import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from 'zustand';
import { DashboardNav } from '../../components/dashboard/dashboard-nav';
import { sendMessage } from '../../lib/messaging/client';
import { createDashboardStore, parseRoute } from '../../lib/state/dashboard-store';
import { dashboardAnswersItem } from '../../lib/storage/dashboard-answers';
import { DashboardContext } from './use-dashboard';
import { RouteView } from './sections/route-view';

function isReload(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'reload';
}

/** The outreach dashboard: one store, hash routing, one section per route. */
export function App() {
  const store = useMemo(
    () =>
      createDashboardStore({
        send: sendMessage,
        initialRoute: parseRoute(location.hash),
        // Reload means "show me the latest", as on any web page: saved answers are not used.
        fresh: isReload(),
        cache: {
          read: () => dashboardAnswersItem.getValue(),
          write: (answers) => dashboardAnswersItem.setValue(answers),
        },
      }),
    [],
  );
  const route = useStore(store, (state) => state.route);
  // First meaningful render (measured by `npm run bench`): the first section's data has arrived.
  const isMeaningful = useStore(store, (state) =>
    Object.values(state.queries).some((query) => query.status === 'ready' || query.status === 'error'),
  );
  useEffect(() => {
    if (isMeaningful && performance.getEntriesByName('prospector:first-render').length === 0)
      performance.mark('prospector:first-render');
  }, [isMeaningful]);
  useEffect(() => {
    const follow = () => {
      store.getState().setRoute(parseRoute(location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
    };
  }, [store]);
  return (
    <DashboardContext.Provider value={store}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <div class="dash">
        <DashboardNav
          current={route.view === 'campaign' || route.view === 'new-campaign' ? 'campaigns' : route.view}
        />
        <main id="main" class="dash-main" tabIndex={-1}>
          <RouteView route={route} />
        </main>
      </div>
    </DashboardContext.Provider>
  );
}
