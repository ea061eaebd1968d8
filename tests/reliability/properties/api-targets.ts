/**
 * Property targets for the API client: every response schema in lib/api/schemas/** against
 * arbitrary JSON, the transport against arbitrary answers (status, body, truncation), and the
 * validation path of the paid starts and add-prospect: invalid input is a clear `invalid-input`
 * error and no request is made (a fake fetch counts them).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { addProspectToList } from '../../../lib/api/endpoints/add-prospect';
import { linkedinProfilesResult, linkedinProfilesStart } from '../../../lib/api/endpoints/finder';
import { userLists } from '../../../lib/api/endpoints/prospects';
import { verificationStart } from '../../../lib/api/endpoints/verifier';
import { createTransport } from '../../../lib/api/transport';
import type { Transport } from '../../../lib/api/transport-types';
import { validateEmail, validateLinkedInProfileUrl } from '../../../lib/api/validate';
import { ok, type Result } from '../../../lib/result';
import { emailish, hostileJson, linkedinishUrl, nastyString } from './arbitraries';
import type { Target } from './target';

const TOKEN = 'tok_SECRET_5f1e2d';
const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../lib/api/schemas');

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function isSchema(value: unknown): value is v.GenericSchema {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'kind') === 'schema' &&
    typeof Reflect.get(value, '~run') === 'function'
  );
}

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? schemaFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

/** Every exported valibot schema of lib/api/schemas/**, by `file#export`. */
export async function responseSchemas(): Promise<[string, v.GenericSchema][]> {
  const found: [string, v.GenericSchema][] = [];
  for (const file of schemaFiles(SCHEMA_DIR)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (isSchema(value)) found.push([`${path.relative(SCHEMA_DIR, file)}#${name}`, value]);
  }
  return found;
}

/** An answer the fake server gives. */
interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A transport over a fake fetch that answers `answer()` and counts calls; timers are instant. */
function fakeTransport(answer: () => Answer): { transport: Transport; calls: () => number } {
  let calls = 0;
  const fetch: typeof globalThis.fetch = (_input, init) => {
    calls++;
    check(init?.signal?.aborted !== true, 'sent an aborted request');
    const { status, body } = answer();
    return Promise.resolve(
      new Response(status === 204 ? null : body, { status, headers: { 'content-type': 'application/json' } }),
    );
  };
  const transport = createTransport({
    baseUrl: 'https://api.test',
    tokens: { get: () => Promise.resolve(ok(TOKEN)), invalidate: () => undefined },
    limiter: { acquire: () => Promise.resolve(ok({ settle: () => undefined })) },
    now: Date.now,
    // Backoffs pass at once; the per-attempt timeout (30 s) never fires, so answers are what is tested.
    sleep: (ms, signal) =>
      ms < 30_000
        ? Promise.resolve()
        : new Promise((resolve) =>
            signal?.addEventListener('abort', () => {
              resolve();
            }),
          ),
    fetch,
    maxRateLimitRetries: 1,
    maxFailureRetries: 1,
  });
  return { transport, calls: () => calls };
}

const bodyArbitrary: fc.Arbitrary<string> = fc.oneof(
  hostileJson.map((value) => JSON.stringify(value)),
  hostileJson.chain((value) => fc.nat().map((cut) => JSON.stringify(value).slice(0, cut % 40))),
  nastyString,
  fc.constantFrom(
    '',
    '{"success":false,"errors":["nope"]}',
    '{"data":[],"meta":{"task_hash":"x"}}',
    '<html>502</html>',
    '{"status":"completed","data":null}',
  ),
);

function isResult(value: Result<unknown, unknown>): boolean {
  return typeof value.ok === 'boolean' && !JSON.stringify(value).includes(TOKEN);
}

const schemas: Target = {
  name: 'API response schemas',
  proves:
    'every exported schema of lib/api/schemas/** returns a result (never throws, never hangs) for arbitrary JSON, including __proto__ keys',
  run: async (options) => {
    const all = await responseSchemas();
    check(all.length > 50, `only ${all.length} schemas found`);
    fc.assert(
      fc.property(fc.constantFrom(...all), hostileJson, ([, schema], json) => {
        const parsed = v.safeParse(schema, json);
        check(
          typeof parsed.success === 'boolean' && Reflect.get(Object.prototype, 'polluted') === undefined,
          'bad parse result',
        );
      }),
      options,
    );
  },
};

const answers: Target = {
  name: 'Transport and endpoints: arbitrary answers',
  proves:
    'for any status and body (JSON, truncated JSON, HTML, empty), the client resolves to a Result, never rejects, and never puts the token in it',
  run: async (options) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(200, 201, 204, 400, 401, 402, 403, 404, 422, 429, 500, 502, 503),
        bodyArbitrary,
        fc.constantFrom('lists', 'poll', 'start'),
        async (status, body, call) => {
          const { transport } = fakeTransport(() => ({ status, body }));
          const result =
            call === 'lists'
              ? await userLists(transport)
              : call === 'poll'
                ? await linkedinProfilesResult(transport, 'abc123')
                : await linkedinProfilesStart(transport, ['https://www.linkedin.com/in/jane-doe']);
          check(isResult(result), `not a clean Result for ${String(status)} ${body.slice(0, 40)}`);
        },
      ),
      options,
    );
  },
};

const validation: Target = {
  name: 'Client validation before any request',
  proves:
    'for paid starts (LinkedIn profiles, e-mail verification) and add-prospect: input the validators refuse gives a clear invalid-input error and makes no request; input they accept makes one',
  run: async (options) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(linkedinishUrl, { maxLength: 12 }),
        fc.array(emailish, { maxLength: 12 }),
        emailish,
        fc.integer({ min: -2, max: 3 }),
        async (urls, emails, email, listId) => {
          const cases: [boolean, (transport: Transport) => Promise<Result<unknown, unknown>>][] = [
            [
              urls.length > 0 && urls.length <= 10 && urls.every((url) => validateLinkedInProfileUrl(url).ok),
              (transport) => linkedinProfilesStart(transport, urls),
            ],
            [
              emails.length > 0 && emails.length <= 10 && emails.every((item) => validateEmail(item).ok),
              (transport) => verificationStart(transport, emails),
            ],
            [
              listId > 0 && email.trim() !== '' && validateEmail(email).ok,
              (transport) => addProspectToList(transport, { listId, email }),
            ],
          ];
          for (const [isValid, call] of cases) {
            const { transport, calls } = fakeTransport(() => ({ status: 500, body: '{}' }));
            const result = await call(transport);
            if (isValid) check(calls() > 0, 'valid input sent nothing');
            else {
              check(calls() === 0, `invalid input made ${calls()} request(s)`);
              check(
                !result.ok && JSON.stringify(result.error).includes('invalid-input'),
                `not an invalid-input error: ${JSON.stringify(result)}`,
              );
            }
          }
        },
      ),
      options,
    );
  },
};

/** The API client targets. */
export const apiTargets: readonly Target[] = [schemas, answers, validation];
