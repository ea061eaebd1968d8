/**
 * Maps what the server said into an `ApiError` (STYLE.md §4.7: the one `toApiError`). Error bodies
 * are undocumented (REFERENCE.md §2.5, §19), so every shape is probed defensively.
 */
import type { ApiError } from '../errors';

const MAX_MESSAGE = 300;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((s): s is string => s !== undefined);
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (isRecord(value)) {
    // The one observed envelope: {"errors":{"code":404,"title":"...","source":""}} (REFERENCE.md §2.5).
    const direct = textOf(value['title']) ?? textOf(value['message']) ?? textOf(value['error']);
    return direct ?? textOf(Object.values(value).filter((v) => typeof v === 'string' || Array.isArray(v)));
  }
  return undefined;
}

/** The server's own words from an error body (`errors` object/array/string, `message`, `error`), if any. */
export function serverMessage(body: unknown): string | undefined {
  const target: unknown = Array.isArray(body) && body.length === 1 ? body[0] : body;
  if (!isRecord(target))
    return typeof target === 'string' ? textOf(target)?.slice(0, MAX_MESSAGE) : undefined;
  const text = textOf(target['errors']) ?? textOf(target['message']) ?? textOf(target['error']);
  return text?.slice(0, MAX_MESSAGE);
}

/** True when a message or status says the account has run out of credits. */
export function mentionsCredits(text: string | undefined): boolean {
  return (
    text !== undefined && /enough[ _]credits|insufficient[ _]credits|no credits|out of credits/i.test(text)
  );
}

/**
 * A 2xx body that is really a failure: `success: false` (also inside the one-element arrays of
 * `/v1/lists`) → `refused`, and `status: "not_enough_credits"` or a credits message → `out-of-credits`.
 */
export function bodyLevelError(body: unknown): ApiError | undefined {
  const target: unknown = Array.isArray(body) && body.length === 1 ? body[0] : body;
  if (!isRecord(target)) return undefined;
  const status = target['status'];
  if (typeof status === 'string' && mentionsCredits(status)) return { kind: 'out-of-credits' };
  if (target['success'] !== false) return undefined;
  const message = serverMessage(target);
  if (mentionsCredits(message)) return { kind: 'out-of-credits' };
  return { kind: 'refused', message: message ?? 'Snov.io refused the request.' };
}

/** A non-2xx answer other than 401 and 429 (the transport handles those itself). */
export function httpError(status: number, body: unknown): ApiError {
  const message = serverMessage(body);
  if (mentionsCredits(message)) return { kind: 'out-of-credits' };
  // Assumption: a 402 Payment Required means the account has no credits left (undocumented, §19).
  if (status === 402) return { kind: 'out-of-credits' };
  if (status === 404) return message === undefined ? { kind: 'not-found' } : { kind: 'not-found', message };
  if ((status === 400 || status === 403 || status === 422) && message !== undefined)
    return { kind: 'refused', message };
  return message === undefined ? { kind: 'server', status } : { kind: 'server', status, message };
}

/** `Retry-After` as milliseconds (delta-seconds or HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
