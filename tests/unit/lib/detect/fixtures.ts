import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

/** Reads a fixture file as text. */
export function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/** Parses a fixture with the happy-dom DOMParser (callers run under `@vitest-environment happy-dom`). */
export function parseFixture(path: string): Document {
  return new DOMParser().parseFromString(readFixture(path), 'text/html');
}
