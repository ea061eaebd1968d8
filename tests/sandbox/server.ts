/**
 * The Snov.io sandbox: a local fake of all 75 endpoints of REFERENCE.md §3, as strict as the
 * reference. `startSandbox({ port: 0 })` for tests; `npm run sandbox` for a long-running one.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultConfig, patchConfig, type Credential, type SandboxConfig } from './config';
import { control } from './controls';
import { HttpError } from './core/http';
import { parseBody, readBody, setCors, writeJson } from './core/io';
import { parseBracketEntries } from './core/params';
import { serveApi } from './pipeline';
import { Runtime } from './runtime';

export interface SandboxOptions extends Partial<Omit<SandboxConfig, 'credentials'>> {
  /** 0 = a random free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Extra client_id/secret pairs accepted besides the demo pair. */
  credentials?: Credential[];
}

export interface SandboxHandle {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The live state, for in-process tests that want to look inside. */
  readonly runtime: Runtime;
  close(): Promise<void>;
}

async function onRequest(rt: Runtime, request: IncomingMessage, response: ServerResponse): Promise<void> {
  setCors(response);
  const method = (request.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    response.writeHead(204).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
  try {
    const raw = await readBody(request);
    if (url.pathname.startsWith('/__sandbox/')) {
      const reply = control(rt, method, url, parseBody(request.headers['content-type'], raw));
      if (!(method === 'GET' && url.pathname.startsWith('/__sandbox/log'))) {
        rt.log.add({
          time: new Date(rt.now()).toISOString(),
          method,
          path: url.pathname,
          route: null,
          query: {},
          body: null,
          auth: 'none',
          status: reply.status,
          credits: 0,
          task: null,
          fault: null,
          durationMs: 0,
        });
      }
      writeJson(response, reply.status, reply.body);
      return;
    }
    const body = parseBody(request.headers['content-type'], raw);
    await serveApi(
      rt,
      {
        method,
        path: url.pathname,
        query: parseBracketEntries(url.searchParams.entries()),
        body,
        authHeader: request.headers.authorization,
        baseUrl: `http://${request.headers.host ?? 'localhost'}`,
      },
      response,
      request,
    );
  } catch (error) {
    if (error instanceof HttpError) writeJson(response, error.status, error.body);
    else writeJson(response, 500, { errors: { code: 500, title: String(error), source: '' } });
  }
}

/** Starts the sandbox; resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const config = defaultConfig();
  patchConfig(config, rest);
  const rt = new Runtime(config);
  const server = createServer((request, response) => {
    void onRequest(rt, request, response);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolvePromise();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    host,
    runtime: rt,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolvePromise();
        });
      }),
  };
}
