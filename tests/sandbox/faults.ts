/**
 * Injected failures for the next N matching API calls (`POST /__sandbox/faults`). Control routes are
 * never faulted. `slow` delays the answer after the call has run (its effects happen, the reply is
 * late); `drop` and `malformed-json` run the call first only when `after: true` / always respectively,
 * so a client can be tested against the ambiguous "did the server do it?" case.
 */
import { InputError, isRecord, type Input } from './core/params';

export const FAULT_KINDS = [
  '401',
  '429',
  '500',
  '502',
  '503',
  'slow',
  'malformed-json',
  'drop',
  'expire-token',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  readonly kind: FaultKind;
  remaining: number;
  readonly route?: string;
  readonly pathPrefix?: string;
  readonly method?: string;
  readonly delayMs: number;
  /** drop only: run the call, then destroy the socket instead of answering. */
  readonly after: boolean;
}

function parseFault(input: Input): Fault {
  const kind = FAULT_KINDS.find((item) => item === String(input['kind']));
  if (kind === undefined) throw new InputError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  const count = input['count'] ?? 1;
  if (typeof count !== 'number' || count < 1) throw new InputError('count must be a number ≥ 1');
  const text = (key: string): string | undefined => (typeof input[key] === 'string' ? input[key] : undefined);
  const delay = input['delayMs'] ?? 1000;
  if (typeof delay !== 'number' || delay < 0) throw new InputError('delayMs must be a number ≥ 0');
  const route = text('route');
  const pathPrefix = text('pathPrefix') ?? text('path');
  const method = text('method')?.toUpperCase();
  return {
    kind,
    remaining: count,
    delayMs: delay,
    after: input['after'] === true,
    ...(route === undefined ? {} : { route }),
    ...(pathPrefix === undefined ? {} : { pathPrefix }),
    ...(method === undefined ? {} : { method }),
  };
}

export class FaultQueue {
  private faults: Fault[] = [];

  /** Queues one fault or an array of faults (`{faults:[...]}` or a bare array). */
  add(body: unknown): Fault[] {
    const items = Array.isArray(body)
      ? body
      : isRecord(body) && Array.isArray(body['faults'])
        ? body['faults']
        : [body];
    const parsed = items.map((item: unknown) => {
      if (!isRecord(item)) throw new InputError('a fault must be an object');
      return parseFault(item);
    });
    this.faults.push(...parsed);
    return parsed;
  }

  /** Takes the first fault matching this call, if any, and counts it down. */
  take(call: { method: string; path: string; route: string | null }): Fault | undefined {
    const fault = this.faults.find(
      (item) =>
        (item.route === undefined || item.route === call.route) &&
        (item.pathPrefix === undefined || call.path.startsWith(item.pathPrefix)) &&
        (item.method === undefined || item.method === call.method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((item) => item !== fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }
}
