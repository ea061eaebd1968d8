import * as v from 'valibot';

/** The real API; the sandbox is chosen in options. */
export const DEFAULT_BASE_URL = 'https://api.snov.io';

/** User settings (local:settings). Types come from this schema (STYLE.md §4.6). */
export const SettingsSchema = v.object({
  baseUrl: v.fallback(v.pipe(v.string(), v.url()), DEFAULT_BASE_URL),
  /** How long enrichment, verification and domain results are reused before paying again. */
  cacheTtlHours: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 90)), 24 * 7),
  defaultListId: v.fallback(v.nullable(v.number()), null),
  /** Origins (`https://acme.example`) where page detection runs without a click. */
  autoDetectOrigins: v.fallback(v.array(v.pipe(v.string(), v.maxLength(200))), []),
  replyNotifications: v.fallback(
    v.object({
      enabled: v.boolean(),
      intervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60)),
    }),
    { enabled: false, intervalMinutes: 15 },
  ),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The settings shape as first shipped (version 1): renamed and extended in version 2. */
export const SettingsV1Schema = v.object({
  apiBaseUrl: v.optional(v.string()),
  cacheHours: v.optional(v.number()),
});

export const SETTINGS_VERSION = 2;

/** Defaults, parsed from nothing so they always satisfy the schema. */
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** v1 → v2: `apiBaseUrl` → `baseUrl`, `cacheHours` → `cacheTtlHours`, new fields defaulted. */
export function migrateSettingsV1(old: unknown): Settings {
  const parsed = v.safeParse(SettingsV1Schema, old);
  const value = parsed.success ? parsed.output : {};
  return v.parse(SettingsSchema, { baseUrl: value.apiBaseUrl, cacheTtlHours: value.cacheHours });
}

/** Parses whatever storage holds; never throws on shapes left by older versions. */
export function parseSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
}

/** What an exported settings file holds: never credentials or tokens (they are not settings). */
export const SETTINGS_FILE_FORMAT = 'prospector-settings';

/** Imports are checked strictly (no fallbacks, no unknown keys), so a wrong file is refused, not half-applied. */
export const SettingsImportSchema = v.strictObject({
  format: v.literal(SETTINGS_FILE_FORMAT),
  version: v.literal(SETTINGS_VERSION),
  settings: v.strictObject({
    baseUrl: v.pipe(
      v.string(),
      v.url(),
      v.check((value) => /^https?:\/\//i.test(value), 'The API base URL must be http(s)'),
    ),
    cacheTtlHours: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 90)),
    defaultListId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
    autoDetectOrigins: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.maxLength(200),
          v.regex(/^https?:\/\/[^/\s]+$/, 'Sites must be origins like https://acme.com'),
        ),
      ),
      v.maxLength(500),
    ),
    replyNotifications: v.strictObject({
      enabled: v.boolean(),
      intervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60)),
    }),
  }),
});

/** Settings as a downloadable JSON document. */
export function settingsToJson(settings: Settings): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}

/** Parses an imported settings file; the error says what is wrong in plain words. */
export function parseSettingsJson(
  text: string,
): { ok: true; value: Settings } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON.' };
  }
  const parsed = v.safeParse(SettingsImportSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return {
      ok: false,
      error: `This is not a Prospector settings file${path ? ` (${path}: ${issue.message})` : ` (${issue.message})`}.`,
    };
  }
  return { ok: true, value: parsed.output.settings };
}
