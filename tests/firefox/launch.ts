/**
 * Starts Firefox ESR headless through puppeteer-core over WebDriver BiDi (TOOLCHAIN.md: Playwright's
 * Firefox mode does not launch ESR), installs the built extension as a temporary add-on through BiDi's
 * `webExtension.install`, and opens an RDP port for the extension's own documents (rdp-client.ts).
 */
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { ExtensionDebugger } from './extension-debugger';
import { attachExtension } from './extension-debugger';
import type { RdpClient } from './rdp-client';
import { connectRdp } from './rdp-client';

export const EXTENSION_PATH = path.resolve(
  process.env['FIREFOX_EXTENSION_PATH'] ?? path.join(import.meta.dirname, '../../.output/firefox-mv3'),
);
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** A running Firefox with the extension installed. */
export interface FirefoxSession {
  readonly browser: Browser;
  readonly addonId: string;
  readonly extension: ExtensionDebugger;
  readonly installMs: number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function connectWhenListening(port: number): Promise<RdpClient> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await connectRdp(port);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Launches Firefox, installs `.output/firefox-mv3` and attaches the debugger to it. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`${EXTENSION_PATH} is missing: run \`npx wxt build -b firefox --mv3\` first`);
  }
  const rdpPort = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--start-debugger-server', String(rdpPort)],
    extraPrefsFirefox: {
      // The RDP server (about:debugging's channel) without the "allow incoming connection?" prompt.
      'devtools.debugger.remote-enabled': true,
      'devtools.debugger.prompt-connection': false,
      // --start-debugger-server is ignored without it.
      'devtools.chrome.enabled': true,
    },
  });
  try {
    const started = Date.now();
    const addonId = await browser.installExtension(EXTENSION_PATH);
    const installMs = Date.now() - started;
    const rdp = await connectWhenListening(rdpPort);
    const extension = await attachExtension(rdp, addonId);
    return {
      browser,
      addonId,
      extension,
      installMs,
      close: async () => {
        rdp.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Serves `html` for every https://www.linkedin.com/ request of `page` through BiDi network
 * interception, so the content script's real `matches` apply and nothing reaches the network.
 * Any other request is aborted.
 */
export async function routeLinkedIn(page: Page, html: () => string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.hostname !== 'www.linkedin.com') {
      void request.abort();
    } else if (url.pathname === '/favicon.ico') {
      void request.respond({ status: 404, body: '' });
    } else {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html() });
    }
  });
}
