/**
 * `npm run demo`: builds the extension, starts the Snov.io sandbox and a local sample site, and
 * opens Chromium with the extension loaded and already connected (demo credentials), on a company
 * website and a LinkedIn-style search and profile. With a display it stays open until Ctrl+C;
 * without one it runs headless, saves screenshots of the popup, side panel, options and dashboard,
 * prints where, and exits.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { connectToSandbox, extensionWorker, launchWithExtension } from '../tests/e2e/launch';
import { linkedinAppHtml, seededPeople } from '../tests/fixtures/linkedin/e2e/linkedin-app';
import { startSandbox } from '../tests/sandbox/server';

const root = path.resolve(import.meta.dirname, '..');
const extensionPath = path.join(root, '.output/chrome-mv3-e2e');
const shots = path.join(root, 'artifacts/demo');
const headless = !process.env['DISPLAY'] || process.env['CI'] === 'true';

function step(text: string): void {
  console.log(`• ${text}`);
}

async function startSite(): Promise<{ url: string; close: () => void }> {
  const page = readFileSync(path.join(root, 'tests/fixtures/demo/acme-robotics.html'));
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/about`, close: () => server.close() };
}

/** The id of the tab at `index` (tabs.query cannot filter by URL without the `tabs` permission). */
async function tabIdAt(context: BrowserContext, index: number): Promise<number> {
  const worker = await extensionWorker(context);
  const id = await worker.evaluate(async (i) => (await chrome.tabs.query({ index: i }))[0]?.id ?? -1, index);
  if (id < 0) throw new Error(`No tab at index ${String(index)}`);
  return id;
}

async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

async function main(): Promise<void> {
  step('Installing Chromium if missing, building the extension');
  execSync('bash scripts/ensure-browsers.sh --chromium-only', { cwd: root, stdio: 'inherit' });
  try {
    execSync('npx wxt build --mode e2e', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : '';
    throw new Error(`The build failed:\n${output}`, { cause: error });
  }

  const port = Number(process.env['SANDBOX_PORT'] ?? 8787);
  const sandbox = await startSandbox({ port }).catch(() => startSandbox({ port: 0 }));
  const site = await startSite();
  step(`Sandbox (Snov.io fake) on ${sandbox.url}; sample company site on ${site.url}`);

  const context = await launchWithExtension(
    await mkdtemp(path.join(tmpdir(), 'prospector-demo-')),
    extensionPath,
    headless,
  );
  const people = seededPeople(25);
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: linkedinAppHtml(people) }),
  );
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  await connectToSandbox(worker, sandbox.url);

  const company = context.pages()[0] ?? (await context.newPage());
  await company.goto(site.url);
  const search = await context.newPage();
  await search.goto('https://www.linkedin.com/search/results/people/?keywords=robotics');
  const profile = await context.newPage();
  await profile.goto(people[0]?.url ?? 'https://www.linkedin.com/in/demo/');
  step('Opened the company site, a LinkedIn-style people search and a profile');

  const extensionPage = (file: string) => `chrome-extension://${extensionId}/${file}`;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(extensionPage(`popup.html?tabId=${String(await tabIdAt(context, 0))}`));
  const searchTab = await tabIdAt(context, 1);
  // Wait until the LinkedIn content script has reported the search results to the background.
  for (let tries = 0; tries < 50; tries++) {
    const found = await worker.evaluate(async (id) => {
      const key = `tab-context:${String(id)}`;
      const context: unknown = (await chrome.storage.session.get(key))[key];
      return typeof context === 'object' &&
        context !== null &&
        'people' in context &&
        Array.isArray(context.people)
        ? context.people.length
        : 0;
    }, searchTab);
    if (found >= people.length) break;
    await search.waitForTimeout(200);
  }
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.goto(extensionPage(`sidepanel.html?tabId=${String(searchTab)}`));

  if (!headless) {
    step('Chromium is open with Prospector connected to the sandbox. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  } else {
    mkdirSync(shots, { recursive: true });
    await popup
      .getByText(/credits left/)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    // Shoot the answers, not the loading states: every section marks itself aria-busy while it waits.
    for (const page of [popup, panel])
      await page
        .locator('[aria-busy="true"]')
        .first()
        .waitFor({ state: 'detached', timeout: 30_000 })
        .catch(() => undefined);
    const files = [await shoot(popup, 'popup-light'), await shoot(panel, 'sidepanel-light')];
    await popup.emulateMedia({ colorScheme: 'dark' });
    await panel.emulateMedia({ colorScheme: 'dark' });
    files.push(await shoot(popup, 'popup-dark'), await shoot(panel, 'sidepanel-dark'));
    for (const [name, file] of [
      ['options', 'options.html'],
      ['dashboard', 'dashboard.html'],
    ] as const) {
      const page = await context.newPage();
      await page.goto(extensionPage(file));
      await page.waitForLoadState('networkidle');
      files.push(await shoot(page, name));
    }
    step(`No display: ran headless. Screenshots saved in ${shots}:`);
    for (const file of files) console.log(`    ${path.relative(root, file)}`);
  }
  await context.close();
  site.close();
  await sandbox.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
