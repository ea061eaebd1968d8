/**
 * Request encodings (REFERENCE.md §2.1): bracket arrays (`emails[]=a&emails[]=b`), bracket object
 * keys (`customFields[label]=x`), booleans as `1`/`0`, and percent-encoded path parameters.
 */
import type { ParamValue, Params, Scalar } from './transport-types';

/**
 * Booleans go out as `1`/`0`: the API is PHP, where the string "false" is truthy
 * (REFERENCE.md §9 documents `updateContact` as "true/1").
 */
function scalar(value: Scalar): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function pairsOf(key: string, value: ParamValue): [string, string][] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item: Scalar) => [`${key}[]`, scalar(item)]);
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([sub, inner]): [string, string][] =>
      inner === undefined ? [] : [[`${key}[${sub}]`, scalar(inner)]],
    );
  }
  return [[key, scalar(value)]];
}

/** Flattens params into ordered key/value pairs with bracket keys; `null`/`undefined` are dropped. */
export function flattenParams(params: Params): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) => pairsOf(key, value));
}

/** Params as an ofetch `query` object (repeated keys become arrays, which ofetch repeats). */
export function toQuery(params: Params): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of flattenParams(params)) {
    const existing = query[key];
    if (existing === undefined) query[key] = key.endsWith('[]') ? [value] : value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** Params as an `application/x-www-form-urlencoded` body string. */
export function toFormBody(params: Params): string {
  return new URLSearchParams(flattenParams(params)).toString();
}

/** Fills `{placeholders}` with percent-encoded values; a missing value is a programming error. */
export function fillPath(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

// A UTF-16 surrogate without its other half: encodeURIComponent throws on it, URLSearchParams and
// JSON quietly turn it into U+FFFD or an escape, so it is refused before anything is sent.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path to the first string in `value` that cannot be sent as text (a lone surrogate), e.g.
 * `fullName` or `emails.1`; `''` when `value` itself is such a string; undefined when all is sendable.
 */
export function findUnencodable(value: unknown, at = '', depth = 0): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : undefined;
  if (typeof value !== 'object' || value === null || depth > 20) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const path = at === '' ? key : `${at}.${key}`;
    const found = LONE_SURROGATE.test(key) ? path : findUnencodable(inner, path, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
