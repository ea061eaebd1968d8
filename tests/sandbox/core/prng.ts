import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the sandbox never calls Math.random, so every run is identical. */
export interface Prng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => pickAt(items, Math.floor(next() * items.length)),
    chance: (probability) => next() < probability,
  };
}

/** `items[index]` that throws instead of returning undefined (the seed tables are never empty). */
export function pickAt<T>(items: readonly T[], index: number): T {
  const item = items[((index % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('pickAt: empty table');
  return item;
}

/** 32 hex characters derived from `text` (task hashes, v1 campaign hashes). */
export function hex32(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** A long hex string (prospect hashes, prospect-list ids) derived from `text`. */
export function longHex(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round += 1) {
    out += createHash('sha256').update(`${text}#${round}`).digest('hex');
  }
  return out.slice(0, length);
}

/** A base64 id like `0Y2QzowWL1rHpIptwaRp0Q==` (the add-prospect id format). */
export function base64Id(text: string): string {
  return createHash('md5').update(text).digest('base64');
}
