/**
 * Every non-secret storage key, one typed handle each (STYLE.md §4.9). UI surfaces may read and
 * watch these; secrets live in secrets.ts, which only background code imports.
 */
import { storage } from '#imports';
import type { AuthState } from '../messaging/protocol/auth';
import {
  DEFAULT_BASE_URL,
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettingsV1,
  parseSettings,
} from './settings-schema';
import type { Settings } from './settings-schema';

export type { Settings } from './settings-schema';

/** User settings, versioned with migrations. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1 },
});

/** Reads settings through the schema, whatever an older version left. */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

const AUTH_STATE_KEY = 'local:auth-state';

/** Last known connection state, written by the background, watched by every surface. */
export const authStateItem = storage.defineItem<AuthState>(AUTH_STATE_KEY, {
  fallback: { status: 'missing', baseUrl: DEFAULT_BASE_URL },
});

/** The connection state as last stored, or null before the background ever stored one (no fallback). */
export function readStoredAuthState(): Promise<AuthState | null> {
  return storage.getItem<AuthState>(AUTH_STATE_KEY);
}

/**
 * Calls back whenever the background rewrites its job list (`local:jobs`, written with the queue in
 * one storage call). UI surfaces re-read the list with `getJobs`, so they never parse queue internals.
 */
export function watchJobs(onChange: () => void): () => void {
  return storage.watch<unknown>('local:jobs', () => {
    onChange();
  });
}
