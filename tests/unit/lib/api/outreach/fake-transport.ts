import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { err, ok } from '../../../../../lib/result';
import type { Route } from '../../../../../lib/api/paths';
import type { RequestSpec, Transport } from '../../../../../lib/api/transport-types';

/** examples.json (one body per "METHOD path"), shared with the sandbox and kept beside the repo. */
const EXAMPLES_URL = new URL('../../../../../../shared/snov-api/examples.json', import.meta.url);
const examples = v.parse(v.record(v.string(), v.unknown()), JSON.parse(readFileSync(EXAMPLES_URL, 'utf8')));

/** The documented example body for a route. */
export function exampleFor(route: Route): unknown {
  const key = `${route.method} ${route.path}`;
  if (!(key in examples)) throw new Error(`No example for ${key}`);
  return examples[key];
}

/** A transport that records specs and answers with a canned body run through the spec's real schema. */
export interface FakeTransport extends Transport {
  readonly specs: RequestSpec<v.GenericSchema>[];
  /** The next bodies to answer with (default: the route's example). */
  readonly bodies: unknown[];
}

/** Creates a {@link FakeTransport}. */
export function fakeTransport(): FakeTransport {
  const specs: RequestSpec<v.GenericSchema>[] = [];
  const bodies: unknown[] = [];
  return {
    specs,
    bodies,
    send(spec) {
      specs.push(spec);
      const body = bodies.length > 0 ? bodies.shift() : exampleFor(spec.route);
      const parsed = v.safeParse(spec.schema, body);
      if (parsed.success) return Promise.resolve(ok(parsed.output));
      const [issue] = parsed.issues;
      return Promise.resolve(
        err({ kind: 'invalid-response', path: v.getDotPath(issue) ?? '(root)', message: issue.message }),
      );
    },
  };
}
