/** Date formats the API mixes (REFERENCE.md §2.4). All times are UTC. */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD HH:MM:SS` (v2 and activity times). */
export function dateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** `YYYY-MM-DD`. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO-8601 with an explicit offset, as sender accounts show it (`2026-03-20T10:00:00+00:00`). */
export function isoOffset(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}

/** The PHP DateTime object v1 endpoints return. */
export function phpDate(value: string): { date: string; timezone_type: number; timezone: string } {
  return { date: `${value}.000000`, timezone_type: 3, timezone: 'UTC' };
}

/** Milliseconds of midnight UTC of a `YYYY-MM-DD` day. */
export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Whole days between two `YYYY-MM-DD` days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

export { DAY_MS };
