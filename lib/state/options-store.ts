/**
 * The options page's store (STYLE.md §4.5): settings from `local:settings`, lists from the
 * background, and the per-site host permissions that automatic detection needs. Permission
 * requests are started before any await, because browsers only grant them inside the click.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiError } from '../errors';
import type { SnovList } from '../messaging/protocol/dto';
import type { Settings } from '../storage/settings-schema';
import { parseSettingsJson, settingsToJson } from '../storage/settings-schema';
import { idle, loading, settle, unreachable } from './remote';
import type { Remote } from './remote';
import type { Send } from './send';

export interface OptionsStoreDeps {
  readonly send: Send;
  readonly readSettings: () => Promise<Settings>;
  readonly writeSettings: (settings: Settings) => Promise<void>;
  readonly watchSettings: (onChange: () => void) => () => void;
  /** browser.permissions.request / remove / contains with `{ origins }`. */
  readonly requestOrigins: (patterns: string[]) => Promise<boolean>;
  readonly removeOrigins: (patterns: string[]) => Promise<boolean>;
  readonly hasOrigins: (patterns: string[]) => Promise<boolean>;
}

export interface OptionsState {
  readonly settings: Settings | null;
  readonly lists: Remote<readonly SnovList[]>;
  readonly notice: string | null;
  readonly error: ApiError | null;
  /** A local problem (bad site, bad import file) in plain words. */
  readonly problem: string | null;
  readonly load: () => Promise<void>;
  readonly loadLists: () => Promise<void>;
  readonly update: (patch: Partial<Settings>, notice?: string) => Promise<void>;
  readonly clearCache: () => Promise<void>;
  readonly addSite: (input: string) => Promise<void>;
  readonly removeSite: (origin: string) => Promise<void>;
  readonly exportJson: () => string | null;
  readonly importJson: (text: string) => Promise<void>;
  readonly dispose: () => void;
}

/** `acme.com`, `https://acme.com/about` → `https://acme.com`; null for anything else. */
export function siteOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The match pattern for a site origin (`https://acme.com/*`). */
export const originToPattern = (origin: string): string => `${origin}/*`;

/** Creates a fresh options store over its dependencies. */
export function createOptionsStore(deps: OptionsStoreDeps): StoreApi<OptionsState> {
  return createStore<OptionsState>()((set, get) => {
    const write = async (next: Settings, notice: string | null) => {
      await deps.writeSettings(next);
      set({ settings: next, notice, problem: null });
    };
    const unwatch = deps.watchSettings(() => {
      void deps.readSettings().then((settings) => {
        set({ settings });
      });
    });
    return {
      settings: null,
      lists: idle,
      notice: null,
      error: null,
      problem: null,
      dispose: unwatch,
      load: async () => {
        set({ settings: await deps.readSettings() });
      },
      loadLists: async () => {
        set((state) => ({ lists: loading(state.lists) }));
        const result = await deps.send('getLists', { refresh: true }).catch(() => null);
        set((state) => ({ lists: settle(state.lists, result ?? { ok: false, error: unreachable }) }));
      },
      update: async (patch, notice = 'Saved.') => {
        const current = get().settings ?? (await deps.readSettings());
        await write({ ...current, ...patch }, notice);
      },
      clearCache: async () => {
        const result = await deps.send('clearCache', undefined).catch(() => null);
        if (!result?.ok) {
          set({ error: result?.error ?? unreachable });
          return;
        }
        set({
          error: null,
          notice: `Cache cleared (${result.value.removed} ${result.value.removed === 1 ? 'entry' : 'entries'}).`,
        });
      },
      addSite: async (input) => {
        const origin = siteOrigin(input);
        if (!origin) {
          set({ problem: 'Enter a site like acme.com or https://acme.com.' });
          return;
        }
        // Started before any await: the request needs the click's user gesture.
        const granted = await deps.requestOrigins([originToPattern(origin)]).catch(() => false);
        if (!granted) {
          set({ problem: `Permission for ${origin} was not granted, so detection stays off there.` });
          return;
        }
        const current = get().settings ?? (await deps.readSettings());
        const origins = [...new Set([...current.autoDetectOrigins, origin])];
        await write({ ...current, autoDetectOrigins: origins }, `Automatic detection is on for ${origin}.`);
      },
      removeSite: async (origin) => {
        await deps.removeOrigins([originToPattern(origin)]).catch(() => false);
        const current = get().settings ?? (await deps.readSettings());
        await write(
          { ...current, autoDetectOrigins: current.autoDetectOrigins.filter((o) => o !== origin) },
          `Automatic detection is off for ${origin}.`,
        );
      },
      exportJson: () => {
        const settings = get().settings;
        return settings ? settingsToJson(settings) : null;
      },
      importJson: async (text) => {
        const parsed = parseSettingsJson(text);
        if (!parsed.ok) {
          set({ problem: parsed.error, notice: null });
          return;
        }
        // Host permissions are not in the file: keep only the sites this browser already allows.
        const allowed: string[] = [];
        for (const origin of parsed.value.autoDetectOrigins) {
          if (await deps.hasOrigins([originToPattern(origin)]).catch(() => false)) allowed.push(origin);
        }
        const dropped = parsed.value.autoDetectOrigins.length - allowed.length;
        await write(
          { ...parsed.value, autoDetectOrigins: allowed },
          `Settings imported.${dropped > 0 ? ` ${dropped} site(s) need permission again: add them below.` : ''}`,
        );
      },
    };
  });
}
