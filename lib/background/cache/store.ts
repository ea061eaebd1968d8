/**
 * The result cache: one `storage.local` key per entry (`cache:<namespace>:<key>`), each stamped
 * with the time it was written, so a write touches one small value however many prospects are
 * cached (a single blob would be re-serialised whole on every write). Reads are parsed with the
 * caller's schema: a value left by an older version is a miss, never a crash.
 */
import * as v from 'valibot';
import type { Clock } from '../../api/sleep';
import { log } from '../../log';

/** The namespaces, one per kind of result. */
export type CacheNamespace =
  | 'profile'
  | 'verification'
  | 'finder'
  | 'company'
  | 'domain-prospects'
  | 'domain-emails'
  | 'reveal'
  | 'membership'
  | 'lists'
  | 'campaigns';

/** The storage operations the cache needs (WXT `storage` or a test double). */
export interface KeyValueArea {
  getMany(keys: readonly string[]): Promise<Readonly<Record<string, unknown>>>;
  setMany(entries: Readonly<Record<string, unknown>>): Promise<void>;
  removeMany(keys: readonly string[]): Promise<void>;
  /** Every key currently stored in the area. */
  keys(): Promise<readonly string[]>;
}

/** Options for {@link createCache}. */
export interface CacheOptions {
  readonly area: KeyValueArea;
  readonly now: Clock;
  /** How long an entry stays fresh; read per call so a settings change applies at once. */
  readonly ttlMs: (namespace: CacheNamespace) => Promise<number>;
}

/** A typed, TTL-bounded, per-key cache. */
export interface Cache {
  get<S extends v.GenericSchema>(
    namespace: CacheNamespace,
    key: string,
    schema: S,
  ): Promise<v.InferOutput<S> | undefined>;
  getMany<S extends v.GenericSchema>(
    namespace: CacheNamespace,
    keys: readonly string[],
    schema: S,
  ): Promise<Map<string, v.InferOutput<S>>>;
  set(namespace: CacheNamespace, key: string, value: unknown): Promise<void>;
  setMany(namespace: CacheNamespace, entries: ReadonlyMap<string, unknown>): Promise<void>;
  remove(namespace: CacheNamespace, keys: readonly string[]): Promise<void>;
  /** Removes every cached entry (or only expired ones); returns how many went. */
  clear(options?: { readonly expiredOnly?: boolean }): Promise<number>;
}

const PREFIX = 'cache:';
const EntrySchema = v.object({ at: v.number(), value: v.unknown() });

/** The storage key of one entry. */
export function cacheKey(namespace: CacheNamespace, key: string): string {
  return `${PREFIX}${namespace}:${key}`;
}

/** Creates the cache over a key-value area. */
export function createCache(options: CacheOptions): Cache {
  const { area, now } = options;

  async function getMany<S extends v.GenericSchema>(
    namespace: CacheNamespace,
    keys: readonly string[],
    schema: S,
  ) {
    const found = new Map<string, v.InferOutput<S>>();
    if (keys.length === 0) return found;
    const ttl = await options.ttlMs(namespace);
    const raw = await area.getMany(keys.map((key) => cacheKey(namespace, key)));
    for (const key of keys) {
      const entry = v.safeParse(EntrySchema, raw[cacheKey(namespace, key)]);
      if (!entry.success || now() - entry.output.at >= ttl) continue;
      const value = v.safeParse(schema, entry.output.value);
      if (value.success) found.set(key, value.output);
    }
    return found;
  }

  async function setMany(namespace: CacheNamespace, entries: ReadonlyMap<string, unknown>): Promise<void> {
    if (entries.size === 0) return;
    const at = now();
    const record: Record<string, unknown> = {};
    for (const [key, value] of entries) record[cacheKey(namespace, key)] = { at, value };
    try {
      await area.setMany(record);
    } catch (error) {
      // Quota: drop what has expired and try once more; a cache miss only costs a request later.
      log('warn', 'cache-write-failed', { namespace, count: entries.size, error: String(error) });
      await clear({ expiredOnly: true });
      await area.setMany(record).catch(() => undefined);
    }
  }

  async function clear(clearOptions?: { readonly expiredOnly?: boolean }): Promise<number> {
    const keys = (await area.keys()).filter((key) => key.startsWith(PREFIX));
    let doomed = keys;
    if (clearOptions?.expiredOnly === true) {
      const raw = await area.getMany(keys);
      const ttls = new Map<string, number>();
      doomed = [];
      for (const key of keys) {
        const namespace = namespaceOf(key);
        if (namespace === undefined) continue;
        const ttl = ttls.get(namespace) ?? (await options.ttlMs(namespace));
        ttls.set(namespace, ttl);
        const entry = v.safeParse(EntrySchema, raw[key]);
        if (!entry.success || now() - entry.output.at >= ttl) doomed.push(key);
      }
    }
    if (doomed.length > 0) await area.removeMany(doomed);
    return doomed.length;
  }

  return {
    getMany,
    async get(namespace, key, schema) {
      return (await getMany(namespace, [key], schema)).get(key);
    },
    setMany,
    set: (namespace, key, value) => setMany(namespace, new Map([[key, value]])),
    remove: (namespace, keys) => area.removeMany(keys.map((key) => cacheKey(namespace, key))),
    clear,
  };
}

const NAMESPACES: readonly CacheNamespace[] = [
  'profile',
  'verification',
  'finder',
  'company',
  'domain-prospects',
  'domain-emails',
  'reveal',
  'membership',
  'lists',
  'campaigns',
];

function namespaceOf(storageKey: string): CacheNamespace | undefined {
  const rest = storageKey.slice(PREFIX.length);
  return NAMESPACES.find((namespace) => rest.startsWith(`${namespace}:`));
}
