// Test doubles for lib/api: virtual time (no real timers, no sleeps) and a scripted fake fetch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sleep } from '../../../../lib/api/sleep';

/** Virtual clock: `sleep` registers a timer; `run` advances time only when nothing else can progress. */
export function createFakeTime(start = 1_800_000_000_000) {
  let t = start;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  const now = (): number => t;
  const sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const timer = { at: t + Math.max(0, ms), seq: seq++, resolve };
      timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          resolve();
        },
        { once: true },
      );
    });
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
  };
  /** Drives virtual time until `promise` settles. */
  async function run<T>(promise: Promise<T>): Promise<T> {
    const state = { settled: false };
    const settle = (): void => {
      state.settled = true;
    };
    promise.then(settle, settle);
    for (let steps = 0; steps < 100_000; steps++) {
      await flush();
      if (state.settled) return promise;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift();
      if (!next) throw new Error('Deadlock: promise pending and no timer scheduled');
      t = Math.max(t, next.at);
      next.resolve();
    }
    throw new Error('Too many steps');
  }
  return { now, sleep, run, pending: () => timers.length };
}

/** One request the fake fetch saw, parsed. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
}

/** What a handler may answer. */
export type FakeReply = Response | 'network-error' | 'hang';

/** A fake `fetch` that records requests and answers through `handler`. */
export function createFakeFetch(
  handler: (req: SeenRequest, index: number) => FakeReply | Promise<FakeReply>,
) {
  const calls: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body =
      typeof init.body === 'string'
        ? init.body
        : init.body instanceof URLSearchParams
          ? init.body.toString()
          : undefined;
    const req: SeenRequest = {
      method: init.method ?? 'GET',
      url,
      headers: new Headers(init.headers),
      body,
      signal: init.signal ?? undefined,
    };
    calls.push(req);
    const reply = await handler(req, calls.length - 1);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        req.signal?.addEventListener(
          'abort',
          () => {
            reject(new DOMException('aborted', 'AbortError'));
          },
          {
            once: true,
          },
        );
      });
    }
    return reply;
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

const examplesPath = fileURLToPath(new URL('../../../../../shared/snov-api/examples.json', import.meta.url));
/** The realistic response bodies of REFERENCE.md, keyed by `"METHOD path-template"`. */
export const examples: Record<string, unknown> = JSON.parse(readFileSync(examplesPath, 'utf8')) as Record<
  string,
  unknown
>;

/** The example body for a route key; throws when missing. */
export function example(key: string): unknown {
  if (!(key in examples)) throw new Error(`No example for ${key}`);
  return structuredClone(examples[key]);
}

/** Token response used by the fakes. */
export const TOKEN_BODY = { access_token: 'tok-1', token_type: 'Bearer', expires_in: 3600 };

/** Routes requests to the examples (token calls issue tok-1, tok-2, …). */
export function exampleRouter(overrides: (req: SeenRequest) => FakeReply | undefined = () => undefined) {
  let tokens = 0;
  return (req: SeenRequest): FakeReply => {
    const override = overrides(req);
    if (override) return override;
    if (req.url.pathname === '/v1/oauth/access_token')
      return json({ ...TOKEN_BODY, access_token: `tok-${++tokens}` });
    for (const key of Object.keys(examples)) {
      const [method, template] = key.split(' ');
      if (method !== req.method || template === undefined) continue;
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
      if (pattern.test(req.url.pathname)) return json(example(key));
    }
    return json({ errors: { code: 404, title: 'Sorry, but url or entity not found', source: '' } }, 404);
  };
}
