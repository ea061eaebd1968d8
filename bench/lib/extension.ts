/**
 * A built extension in Chromium for the benchmark: the Playwright context, the extension id, one
 * extension page to send protocol messages from (the background accepts messages from its own
 * pages; wire format `{ id, type, data, timestamp }` answered `{ res }`), and CDP access to the
 * service worker (Playwright has no CDP session for workers, so a second client attaches over the
 * DevTools port).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, QUIET_FLAGS, extensionWorker } from '../../tests/e2e/launch';

/** A CDP client for one target, over the browser session (non-flat: Target.sendMessageToTarget). */
export type CdpCall = (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface ExtensionSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** An extension page (manifest.json: runs none of our UI code) to send messages from. */
  readonly messenger: Page;
  send<T>(type: string, data?: unknown): Promise<T>;
  /** CDP on the current service worker (attach again after the worker restarts). */
  attachWorker(): Promise<CdpCall>;
  /** Stops the service worker, as Chrome does after 30 s idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

async function attach(browserSession: CDPSession, targetId: string): Promise<CdpCall> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const waiting = new Map<number, (value: Record<string, unknown>) => void>();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: Record<string, unknown>;
      error?: Record<string, unknown>;
    };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? { error: message.error });
  });
  return (method, params = {}) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void browserSession.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

/** Launches Chromium with the extension at `extensionPath` and a DevTools port. */
export async function openExtension(extensionPath: string): Promise<ExtensionSession> {
  const dir = await mkdtemp(path.join(tmpdir(), 'prospector-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--remote-debugging-port=0',
      ...QUIET_FLAGS,
    ],
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const port = (await readFile(path.join(dir, 'DevToolsActivePort'), 'utf8')).split('\n')[0] ?? '';
  const remote: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const browserSession = await remote.newBrowserCDPSession();
  const messenger = await context.newPage();
  await messenger.goto(`chrome-extension://${extensionId}/manifest.json`);
  const pageSession = await context.newCDPSession(messenger);
  let nextId = 1;
  const attached = new Map<string, Promise<CdpCall>>();
  return {
    context,
    extensionId,
    messenger,
    async send<T>(type: string, data?: unknown): Promise<T> {
      nextId += 1;
      const answer: unknown = await messenger.evaluate(
        (message): Promise<unknown> => chrome.runtime.sendMessage(message),
        {
          id: nextId,
          type,
          data,
          timestamp: Date.now(),
        },
      );
      return (answer as { res?: T } | undefined)?.res as T;
    },
    async attachWorker() {
      const { targetInfos } = await browserSession.send('Target.getTargets');
      const target = targetInfos.find(
        (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`),
      );
      if (!target) throw new Error('The service worker is not running');
      // One attachment per worker instance: each attach adds a session and a listener that every later
      // CDP message goes through (a sampler that attached per read doubled the wake-up measured after it).
      let call = attached.get(target.targetId);
      if (call === undefined) {
        call = attach(browserSession, target.targetId);
        attached.set(target.targetId, call);
      }
      return call;
    },
    async stopWorker() {
      await pageSession.send('ServiceWorker.enable');
      await pageSession.send('ServiceWorker.stopAllWorkers');
      await pageSession.send('ServiceWorker.disable');
    },
    async close() {
      await remote.close().catch(() => undefined);
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
