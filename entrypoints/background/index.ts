import { browser, defineBackground } from '#imports';
import { defaultSleep } from '../../lib/api/sleep';
import { createAuthService } from '../../lib/background/auth-service';
import { registerHandlers } from '../../lib/background/handlers';
import { createOutreachBackground } from '../../lib/background/outreach';
import { createProspectingBackground } from '../../lib/background/prospecting-background';
import { createPersistentLimiter } from '../../lib/background/rate-window';
import { sessionWindowStore } from '../../lib/background/storage-adapters';

export default defineBackground(() => {
  // Every listener is registered synchronously, before any await (MV3 workers can be woken by them).
  const now = () => Date.now();
  const limiter = createPersistentLimiter({
    now,
    sleep: defaultSleep,
    store: sessionWindowStore(),
    isOnline: () => globalThis.navigator.onLine,
  });
  const auth = createAuthService({ now, sleep: defaultSleep, limiter });
  const outreach = createOutreachBackground(() => auth.connection());
  const prospecting = createProspectingBackground({
    connection: () => auth.connection(),
    now,
    sleep: defaultSleep,
  });

  registerHandlers(
    { ...auth.handlers, ...outreach.handlers, ...prospecting.handlers },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );
  outreach.register();
  prospecting.register();
});
