/**
 * The outreach dashboard's saved answers (lib/state/dashboard-store.ts). Its own module: the dashboard
 * imports only this, not items.ts with the settings schema.
 */
import { storage } from '#imports';

/** One dashboard answer as last loaded, and when (lib/state/dashboard-store.ts). */
export interface SavedAnswer {
  readonly at: number;
  readonly value: unknown;
}

/**
 * The outreach dashboard's last answers by query key, so a dashboard opened again shows them without a
 * request while they are fresh. Session storage: memory only, gone when the browser closes, readable by
 * extension pages and the worker only (never content scripts).
 */
export const dashboardAnswersItem = storage.defineItem<Record<string, SavedAnswer>>(
  'session:dashboard-answers',
  { fallback: {} },
);
