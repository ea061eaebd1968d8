/** Launches Debian's Chromium with a built extension loaded (TOOLCHAIN.md); shared by e2e and the demo. */
import { chromium } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without internet. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context with the extension at `extensionPath` loaded. */
export function launchWithExtension(
  userDataDir: string,
  extensionPath: string,
  headless = true,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...QUIET_FLAGS,
    ],
  });
}

/** The extension's service worker, waiting for it when it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Connects the extension to a sandbox the quick way (a setup step inside the worker). */
export async function connectToSandbox(
  worker: Worker,
  sandboxUrl: string,
  credentials = { clientId: 'demo-user-id', clientSecret: 'demo-secret' },
): Promise<void> {
  await worker.evaluate(
    async ({ baseUrl, creds }) => {
      await chrome.storage.local.set({
        credentials: creds,
        settings: {
          baseUrl,
          cacheTtlHours: 168,
          defaultListId: null,
          autoDetectOrigins: [],
          replyNotifications: { enabled: false, intervalMinutes: 15 },
        },
        settings$: { v: 2 },
      });
    },
    { baseUrl: sandboxUrl, creds: credentials },
  );
}
