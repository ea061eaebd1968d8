/**
 * Loads the built Chrome extension into Debian's Chromium (TOOLCHAIN.md) with a fresh profile per
 * test, and runs one sandbox per worker, reset before each test.
 */
import { test as base } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';
import { connectToSandbox, launchWithExtension } from './launch';

/** The e2e build: the production build plus loopback host access (see wxt.config.ts). */
export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const DEMO = { clientId: 'demo-user-id', clientSecret: 'demo-secret' } as const;

export interface Sandbox {
  readonly url: string;
  /** POSTs to a /__sandbox control endpoint. */
  control(pathname: string, body?: unknown): Promise<unknown>;
  /** The request log, newest last. */
  log(): Promise<SandboxLogEntry[]>;
}

export interface SandboxLogEntry {
  readonly method: string;
  readonly path: string;
  readonly route?: string;
  readonly status: number;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
  readonly [key: string]: unknown;
}

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Launches Chromium with the e2e build loaded. */
function launch(userDataDir: string): Promise<BrowserContext> {
  return launchWithExtension(userDataDir, EXTENSION_PATH);
}

export const test = base.extend<Fixtures, { sandbox: Sandbox }>({
  sandbox: [
    // Playwright requires the destructuring pattern for a fixture with no dependencies.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startSandbox({ port: 0 });
      const control = async (pathname: string, body?: unknown) => {
        const response = await fetch(`${server.url}/__sandbox/${pathname}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        });
        return response.json() as Promise<unknown>;
      };
      const log = async () => {
        const response = await fetch(`${server.url}/__sandbox/log`);
        const body = (await response.json()) as { entries?: SandboxLogEntry[] } | SandboxLogEntry[];
        return Array.isArray(body) ? body : (body.entries ?? []);
      };
      await use({ url: server.url, control, log });
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sandbox }, use) => {
    await sandbox.control('reset');
    const dir = await mkdtemp(path.join(tmpdir(), 'prospector-e2e-'));
    const context = await launch(dir);
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const { expect } = test;

export { connectToSandbox };
