/**
 * The request log (`GET /__sandbox/log`). Secrets never enter it: the Authorization header is
 * reduced to its form, and secret-looking body/query keys are masked.
 */
import type { AuthForm } from './auth';
import { isRecord } from './core/params';

export interface LogEntry {
  readonly seq: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly route: string | null;
  readonly query: unknown;
  readonly body: unknown;
  readonly auth: AuthForm;
  readonly status: number;
  readonly credits: number;
  readonly task: 'start' | 'poll' | null;
  readonly fault: string | null;
  readonly durationMs: number;
}

const SECRET_KEYS = /^(client_secret|password|access_token|refresh_token|token)$/i;

/** Copies a parsed query/body with secret values replaced by "***". */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEYS.test(key) ? '***' : redact(item)]),
  );
}

export class RequestLog {
  private entries: LogEntry[] = [];
  private seq = 0;

  add(entry: Omit<LogEntry, 'seq'>): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, ...entry });
  }

  list(filter: { route?: string | null; since?: number }): LogEntry[] {
    return this.entries.filter(
      (entry) =>
        (filter.route == null || entry.route === filter.route) &&
        (filter.since === undefined || entry.seq > filter.since),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
