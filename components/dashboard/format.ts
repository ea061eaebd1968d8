// Small pure formatters for the dashboard (no extension APIs).

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a time (UTC, the API's analytics calendar). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` n days before `ms`. */
export function daysBefore(ms: number, days: number): string {
  return isoDay(ms - days * DAY_MS);
}

/** A readable date-time, or an em dash when unknown. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms)
    ? iso
    : new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) +
        ' UTC';
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

/** Whole days between two `YYYY-MM-DD` days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Parses a comma/space/newline separated list of e-mails or domains. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/u)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}
