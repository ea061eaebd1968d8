/**
 * Builds a fast-check generator of (mostly) valid values from a valibot schema, by reading the
 * schema's own description (type, entries, pipe actions). Custom checks cannot be read, so strings
 * come from a pool of plausible values plus random text, and callers keep only values the schema
 * accepts (`fc.pre(v.is(schema, value))`). Used to prove that a valid payload plus one stray key is
 * refused, for every message in the protocol.
 */
import fc from 'fast-check';
import type * as v from 'valibot';

/** The parts of a valibot schema or pipe action this reader looks at. */
interface Node {
  readonly kind?: string;
  readonly type: string;
  readonly pipe?: readonly Node[];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly items?: readonly Node[];
  readonly options?: readonly unknown[];
  readonly wrapped?: Node;
  readonly key?: Node;
  readonly value?: Node;
  readonly literal?: unknown;
  readonly requirement?: unknown;
}

const PLAUSIBLE = [
  'x',
  'Jane',
  'Doe',
  'Acme',
  'acme-robotics.example',
  'example.com',
  'https://www.linkedin.com/in/jane-doe',
  'https://acme-robotics.example/',
  'jane.doe@acme-robotics.example',
  'Europe/Berlin',
  '2026-11-01',
  '2026-10-01',
  '2026-11-01 09:00:00',
  '2026-11-01T09:00:00Z',
  '09:00',
  '17:00',
  'abc123',
  '1',
  'all',
  'Hello',
  'smtp.example.com',
];

function asNode(schema: v.GenericSchema): Node {
  // valibot schemas are plain objects describing themselves; this reads them structurally.
  return schema;
}

function actions(node: Node): Node[] {
  return (node.pipe ?? []).slice(1);
}

function numberReq(node: Node, type: string): number | undefined {
  const action = actions(node).find((item) => item.type === type);
  return typeof action?.requirement === 'number' ? action.requirement : undefined;
}

function stringArbitrary(node: Node): fc.Arbitrary<string> {
  const types = new Set(actions(node).map((item) => item.type));
  const regex = actions(node).find((item) => item.type === 'regex')?.requirement;
  if (types.has('email')) return fc.constantFrom('jane.doe@acme-robotics.example', 'info@example.com');
  if (types.has('url'))
    return fc.constantFrom(
      'https://www.linkedin.com/in/jane-doe',
      'https://example.com/',
      'http://127.0.0.1:8787',
    );
  if (regex instanceof RegExp) {
    try {
      return fc.oneof(fc.stringMatching(regex), fc.constantFrom(...PLAUSIBLE));
    } catch {
      // fast-check cannot generate from lookaheads: fall back to the pool.
    }
  }
  const min = numberReq(node, 'min_length') ?? numberReq(node, 'length') ?? 0;
  const max = Math.min(numberReq(node, 'max_length') ?? numberReq(node, 'length') ?? 30, Math.max(min, 30));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...PLAUSIBLE), weight: 4 },
    { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 1 },
  );
}

function numberArbitrary(node: Node): fc.Arbitrary<number> {
  const types = new Set(actions(node).map((item) => item.type));
  const min = numberReq(node, 'min_value') ?? (types.has('integer') ? 0 : -1e6);
  const max = numberReq(node, 'max_value') ?? Math.max(min + 1000, 1000);
  return types.has('integer') || types.has('safe_integer')
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function arrayArbitrary(node: Node, depth: number): fc.Arbitrary<unknown[]> {
  const min = numberReq(node, 'min_length') ?? 0;
  const max = Math.min(numberReq(node, 'max_length') ?? 3, Math.max(min, 3));
  return node.item
    ? fc.array(build(node.item, depth + 1), { minLength: min, maxLength: max })
    : fc.constant([]);
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);

function objectArbitrary(node: Node, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(node.entries ?? {});
  const shape = Object.fromEntries(
    entries.map(([key, entry]) => [
      key,
      OPTIONAL.has(entry.type) && entry.wrapped ? build(entry.wrapped, depth + 1) : build(entry, depth + 1),
    ]),
  );
  const requiredKeys = entries.filter(([, entry]) => !OPTIONAL.has(entry.type)).map(([key]) => key);
  return fc.record(shape, { requiredKeys });
}

function build(node: Node, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(undefined);
  switch (node.type) {
    case 'string':
      return stringArbitrary(node);
    case 'number':
      return numberArbitrary(node);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constant(node.literal);
    case 'picklist':
    case 'enum':
      return fc.constantFrom(...(node.options ?? [undefined]));
    case 'optional':
    case 'exact_optional':
    case 'undefinedable':
      return node.wrapped
        ? fc.option(build(node.wrapped, depth + 1), { nil: undefined })
        : fc.constant(undefined);
    case 'nullable':
    case 'nullish':
      return node.wrapped ? fc.option(build(node.wrapped, depth + 1), { nil: null }) : fc.constant(null);
    case 'array':
      return arrayArbitrary(node, depth);
    case 'tuple':
    case 'strict_tuple':
      return fc.tuple(...(node.items ?? []).map((item) => build(item, depth + 1)));
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return objectArbitrary(node, depth);
    case 'record':
      return node.key && node.value
        ? fc.dictionary(build(node.key, depth + 1).map(String), build(node.value, depth + 1), { maxKeys: 2 })
        : fc.constant({});
    case 'union':
    case 'variant':
      return fc.oneof(...(node.options ?? []).map((option) => build(option as Node, depth + 1)));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A generator of candidate values for `schema`; filter with `v.is(schema, value)`. */
export function arbitraryFor(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  return build(asNode(schema), 0);
}

/** The top-level keys a schema declares, when it is an object schema (else undefined). */
export function objectKeys(schema: v.GenericSchema): string[] | undefined {
  const node = asNode(schema);
  const target = OPTIONAL.has(node.type) && node.wrapped ? node.wrapped : node;
  return target.entries ? Object.keys(target.entries) : undefined;
}

/** Whether unknown keys are refused (`strictObject`), possibly behind optional/pipe. */
export function isStrictObject(schema: v.GenericSchema): boolean {
  const node = asNode(schema);
  const target = OPTIONAL.has(node.type) && node.wrapped ? node.wrapped : node;
  return target.type === 'strict_object';
}
