/**
 * Request parameters, decoded the way PHP decodes them (REFERENCE.md §2.1): bracket keys in query
 * strings and form bodies become arrays (`emails[]=a`, `campaign_id[0]=1`) and nested records
 * (`customFields[label]=x`, `rows[0][first_name]=y`); JSON bodies are used as they are. Handlers read
 * values through the accessors below, which accept ids as strings or numbers and throw
 * {@link InputError} (400 on v1, 422 on v2) on anything the API would refuse.
 */
export type Input = Record<string, unknown>;

/** A parameter the API would reject; the server turns it into a 400/422 validation envelope. */
export class InputError extends Error {}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const INTEGER = /^-?\d+$/;

/** Decodes `key=value` pairs with bracket keys into nested objects and arrays. */
export function parseBracketEntries(entries: Iterable<[string, string]>): Input {
  const root: Input = {};
  for (const [key, value] of entries) {
    const segments = splitKey(key);
    if (segments.some((segment) => FORBIDDEN_KEYS.has(segment))) continue;
    assign(root, segments, value);
  }
  return normalise(root) as Input;
}

function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0 || !key.endsWith(']')) return [key];
  const inner = key.slice(open + 1, -1).split('][');
  return [key.slice(0, open), ...inner.map((segment) => segment.replace(/^['"]|['"]$/g, ''))];
}

function assign(target: Input, segments: string[], value: string): void {
  const [head = '', ...rest] = segments;
  const key = head === '' ? String(Object.keys(target).length) : head;
  if (rest.length === 0) {
    target[key] = value;
    return;
  }
  const existing = target[key];
  const child: Input = isRecord(existing) ? existing : {};
  target[key] = child;
  assign(child, rest, value);
}

/** Objects whose keys are all integers become arrays ordered by index (`campaign_id[0]`, `emails[]`). */
function normalise(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, normalise(value[key])] as const);
  if (keys.length > 0 && keys.every((key) => INTEGER.test(key))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, item]) => item);
  }
  return Object.fromEntries(entries);
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string parameter; numbers and booleans are stringified, `""` and null count as absent. */
export function optStr(input: Input, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new InputError(`The ${key} field must be a string.`);
}

/** A required string parameter. */
export function reqStr(input: Input, key: string): string {
  const value = optStr(input, key);
  if (value === undefined || value.trim() === '') throw new InputError(`The ${key} field is required.`);
  return value;
}

/** An integer parameter given as a number or a numeric string, optionally range-checked. */
export function optInt(
  input: Input,
  key: string,
  range?: { min?: number; max?: number },
): number | undefined {
  const raw = optStr(input, key);
  if (raw === undefined) return undefined;
  if (!INTEGER.test(raw.trim())) throw new InputError(`The ${key} field must be an integer.`);
  const value = Number(raw);
  if (range?.min !== undefined && value < range.min)
    throw new InputError(`The ${key} field must be at least ${range.min}.`);
  if (range?.max !== undefined && value > range.max)
    throw new InputError(`The ${key} field must not be greater than ${range.max}.`);
  return value;
}

/** A required integer parameter. */
export function reqInt(input: Input, key: string, range?: { min?: number; max?: number }): number {
  const value = optInt(input, key, range);
  if (value === undefined) throw new InputError(`The ${key} field is required.`);
  return value;
}

/** A boolean given as true/false, 1/0 or their string forms. */
export function optBool(input: Input, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  throw new InputError(`The ${key} field must be true or false.`);
}

/** A required boolean. */
export function reqBool(input: Input, key: string): boolean {
  const value = optBool(input, key);
  if (value === undefined) throw new InputError(`The ${key} field is required.`);
  return value;
}

/**
 * An array of scalars: `key[]=a&key[]=b`, `key[0]=a`, or a JSON array. A bare scalar is refused,
 * as PHP would see a string where it expects an array (REFERENCE.md §2.1: never comma-join).
 */
export function optList(input: Input, key: string, max?: number): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new InputError(`The ${key} field must be an array.`);
  const items = value.map((item: unknown) => {
    if (typeof item === 'string' || typeof item === 'number') return String(item);
    throw new InputError(`Every ${key} item must be a string.`);
  });
  if (max !== undefined && items.length > max)
    throw new InputError(`The ${key} field must not have more than ${max} items.`);
  return items;
}

/** A required, non-empty array of scalars. */
export function reqList(input: Input, key: string, max?: number): string[] {
  const items = optList(input, key, max);
  if (items === undefined || items.length === 0) throw new InputError(`The ${key} field is required.`);
  return items;
}

/** Analytics filters: one comma-separated string (docs) or an indexed array (Snov's n8n node), §2.1b. */
export function csvList(input: Input, key: string): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null || value === '') return undefined;
  const scalar = (item: unknown): string =>
    typeof item === 'string' || typeof item === 'number' ? String(item) : '';
  const parts = Array.isArray(value) ? value.map(scalar) : [scalar(value)];
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A nested object parameter (`smtp`, `tracking`, `customFields` …). */
export function optObject(input: Input, key: string): Input | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new InputError(`The ${key} field must be an object.`);
  return value;
}

/** Refuses a value outside an enum. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  key: string,
): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((item) => item === value);
  if (match === undefined)
    throw new InputError(`The selected ${key} is invalid (allowed: ${allowed.join(', ')}).`);
  return match;
}

/** A `YYYY-MM-DD` date that exists in the calendar. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** A syntactically plausible e-mail address. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
