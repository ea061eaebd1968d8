/**
 * Automatic detection on the sites the user chose (settings `autoDetectOrigins`) and granted
 * (optional host permission): one dynamically registered script, `/page-detect.js`, kept in step
 * with both. Nothing runs on any site at install; an origin in settings without a grant is skipped.
 */
import { browser } from 'wxt/browser';
import { log } from '../../log';
import { originPattern } from '../../storage/origins';

/** The id of the registered detection script. */
export const AUTO_DETECT_ID = 'prospector-auto-detect';

/** The scripting and permissions calls the sync needs (the real browser, or a stub in tests). */
export interface AutoDetectApis {
  contains(pattern: string): Promise<boolean>;
  registered(): Promise<boolean>;
  register(matches: readonly string[]): Promise<void>;
  update(matches: readonly string[]): Promise<void>;
  unregister(): Promise<void>;
}

/** The match patterns to register: chosen origins the user has granted. */
export async function grantedPatterns(
  origins: readonly string[],
  apis: Pick<AutoDetectApis, 'contains'>,
): Promise<string[]> {
  const patterns = [...new Set(origins.flatMap((origin) => originPattern(origin) ?? []))];
  const granted = await Promise.all(
    patterns.map(async (pattern) => ((await apis.contains(pattern)) ? pattern : null)),
  );
  return granted.filter((pattern): pattern is string => pattern !== null);
}

/** Registers, updates or removes the detection script to match settings and grants. */
export async function syncAutoDetect(
  origins: readonly string[],
  apis: AutoDetectApis = browserApis(),
): Promise<readonly string[]> {
  try {
    const matches = await grantedPatterns(origins, apis);
    const isRegistered = await apis.registered();
    if (matches.length === 0) {
      if (isRegistered) await apis.unregister();
    } else if (isRegistered) {
      await apis.update(matches);
    } else {
      await apis.register(matches);
    }
    return matches;
  } catch (error) {
    log('warn', 'auto-detect-sync-failed', { error: String(error) });
    return [];
  }
}

function browserApis(): AutoDetectApis {
  const script = (matches: readonly string[]) => ({
    id: AUTO_DETECT_ID,
    js: ['/page-detect.js'],
    matches: [...matches],
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  });
  return {
    contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    registered: async () =>
      (await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_DETECT_ID] })).length > 0,
    register: (matches) => browser.scripting.registerContentScripts([script(matches)]),
    update: (matches) => browser.scripting.updateContentScripts([script(matches)]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [AUTO_DETECT_ID] }),
  };
}
