import { InputError, isRecord, type Input } from './core/params';
import { DEFAULT_ANCHOR } from './seed/tables';

export interface Credential {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Everything a test may tune; `POST /__sandbox/config` patches it at run time. */
export interface SandboxConfig {
  tokenTtlSec: number;
  /** Fixed latency, or a `[min, max]` range drawn from the sandbox's own seeded PRNG. */
  taskLatencyMs: number | [number, number];
  rateLimitPerMinute: number;
  /** false: 429 without Retry-After (the documented default); true: seconds until a slot frees; n: always n. */
  retryAfterHeader: boolean | number;
  /** Webhooks need a premium plan (REFERENCE.md §17). */
  premium: boolean;
  /** HTTP status of `{"success":false,"errors":[...]}` refusals (REFERENCE.md §2.5: "200 or 4xx"). */
  refusalStatus: number;
  credentials: Credential[];
  seed: number;
  anchorDate: string;
  /** Starting credit balance (the live balance is in the world state). */
  balance: number;
}

export const DEMO_CREDENTIAL: Credential = { clientId: 'demo-user-id', clientSecret: 'demo-secret' };

export function defaultConfig(): SandboxConfig {
  return {
    tokenTtlSec: 3600,
    taskLatencyMs: 0,
    rateLimitPerMinute: 60,
    retryAfterHeader: false,
    premium: true,
    // Assumption: refusals answer 200 with success:false, so a client that only checks the status is caught.
    refusalStatus: 200,
    credentials: [DEMO_CREDENTIAL],
    seed: 20261101,
    anchorDate: DEFAULT_ANCHOR,
    balance: 25000,
  };
}

function positive(value: unknown, key: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new InputError(`${key} must be a number ≥ 0`);
  return value;
}

function latency(value: unknown): number | [number, number] {
  if (Array.isArray(value) && value.length === 2) {
    const [min, max] = [positive(value[0], 'taskLatencyMs[0]'), positive(value[1], 'taskLatencyMs[1]')];
    if (max < min) throw new InputError('taskLatencyMs: max < min');
    return [min, max];
  }
  return positive(value, 'taskLatencyMs');
}

function credentials(value: unknown): Credential[] {
  if (!Array.isArray(value)) throw new InputError('credentials must be an array');
  return value.map((item: unknown) => {
    if (!isRecord(item) || typeof item['clientId'] !== 'string' || typeof item['clientSecret'] !== 'string') {
      throw new InputError('credentials items need clientId and clientSecret strings');
    }
    return { clientId: item['clientId'], clientSecret: item['clientSecret'] };
  });
}

/** Applies a partial config (from startSandbox options or the control endpoint). Unknown keys are refused. */
export function patchConfig(config: SandboxConfig, patch: Input): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    switch (key) {
      case 'tokenTtlSec':
        config.tokenTtlSec = positive(value, key);
        break;
      case 'taskLatencyMs':
        config.taskLatencyMs = latency(value);
        break;
      case 'rateLimitPerMinute':
        config.rateLimitPerMinute = positive(value, key);
        break;
      case 'retryAfterHeader':
        if (typeof value !== 'boolean') positive(value, key);
        config.retryAfterHeader = value as boolean | number;
        break;
      case 'premium':
        if (typeof value !== 'boolean') throw new InputError('premium must be a boolean');
        config.premium = value;
        break;
      case 'refusalStatus':
        config.refusalStatus = positive(value, key);
        break;
      case 'credentials':
        config.credentials = [DEMO_CREDENTIAL, ...credentials(value)];
        break;
      case 'seed':
        config.seed = positive(value, key);
        break;
      case 'anchorDate':
        if (typeof value !== 'string') throw new InputError('anchorDate must be YYYY-MM-DD or "today"');
        config.anchorDate = value === 'today' ? new Date().toISOString().slice(0, 10) : value;
        break;
      case 'balance':
        config.balance = positive(value, key);
        break;
      default:
        throw new InputError(`unknown config key ${key}`);
    }
  }
}
