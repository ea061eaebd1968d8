/** Starts an in-process sandbox on a random port and talks real HTTP to it. */
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../sandbox/server';

export interface Answer {
  readonly status: number;
  // any: tests index freely into whatever JSON the sandbox answered.
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly headers: Headers;
  readonly text: string;
}

export interface CallOptions {
  readonly json?: unknown;
  readonly form?: string | URLSearchParams;
  readonly token?: string | null;
  readonly headers?: Record<string, string>;
}

export interface Harness {
  readonly sandbox: SandboxHandle;
  token: string;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  control(path: string, body?: unknown, method?: string): Promise<Answer>;
  newToken(): Promise<string>;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, headers: response.headers, text };
}

export async function boot(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const call = async (method: string, path: string, init: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? harness.token : init.token;
    if (token !== null) headers['Authorization'] = `Bearer ${token}`;
    let body: string | undefined;
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.form !== undefined) {
      headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
      body = init.form.toString();
    }
    return answer(
      await fetch(`${sandbox.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
    );
  };
  const newToken = async (): Promise<string> => {
    const reply = await call('POST', '/v1/oauth/access_token', {
      token: null,
      form: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-user-id',
        client_secret: 'demo-secret',
      }),
    });
    return String((reply.body as { access_token?: unknown }).access_token);
  };
  const harness: Harness = {
    sandbox,
    token: '',
    call,
    control: async (path, payload, method = 'POST') =>
      answer(
        await fetch(`${sandbox.url}/__sandbox/${path}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: JSON.stringify(payload ?? {}) }),
        }),
      ),
    newToken,
  };
  harness.token = await newToken();
  return harness;
}
