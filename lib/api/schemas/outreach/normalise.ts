import * as v from 'valibot';

// Outreach-only normalisers. The cross-cutting ones (PHP dates, Unix seconds, "70%") live in
// ../common.ts; these are the ones only campaigns and activity need.

/** One lowercase campaign-status vocabulary across v1 (`"Draft"`, `"Paused"`) and v2 (`new`, `pause`, `complete`). */
export const CAMPAIGN_STATUSES = [
  'draft',
  'scheduled',
  'active',
  'paused',
  'completed',
  'archived',
  'unknown',
] as const;
/** A campaign status in the one vocabulary ({@link CAMPAIGN_STATUSES}). */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const STATUS_ALIASES: ReadonlyMap<string, CampaignStatus> = new Map([
  ['new', 'draft'],
  ['draft', 'draft'],
  ['scheduled', 'scheduled'],
  ['active', 'active'],
  ['pause', 'paused'],
  ['paused', 'paused'],
  ['complete', 'completed'],
  ['completed', 'completed'],
  ['finished', 'completed'],
  ['archived', 'archived'],
  ['archive', 'archived'],
]);

/** Maps any spelling of a campaign status to {@link CampaignStatus}. */
export function toCampaignStatus(raw: string): CampaignStatus {
  // Assumption: a status outside REFERENCE.md §12's vocabulary is shown as "unknown", not rejected.
  return STATUS_ALIASES.get(raw.trim().toLowerCase()) ?? 'unknown';
}

/** A campaign status as sent by any endpoint, normalised to {@link CampaignStatus}. */
export const CampaignStatusSchema = v.pipe(v.string(), v.transform(toCampaignStatus));

/** Undoes the JSON quoting of v1 `emailSubject` / `emailBody` (`"\"Subject\""` → `Subject`, §14). */
export function unquoteJson(raw: string): string {
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return raw;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'string' ? parsed : raw;
  } catch {
    return raw;
  }
}

/** A JSON-quoted v1 string; `null` stays `null`. */
export const JsonQuotedSchema = v.pipe(
  v.nullable(v.string()),
  v.transform((raw) => (raw === null ? null : unquoteJson(raw))),
);

/** A map's entries sorted by key (the API keys stats by date / provider; charts want arrays). */
export function sortedEntries<T>(map: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
