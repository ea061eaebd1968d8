/**
 * Issue 7 §3 against the built extension: a hostile LinkedIn page next to the content script, a
 * second (foreign) extension, and API strings carrying markup. Every attempt must be refused or
 * inert: no API call, no list change, no token or secret in anything the page can read, markup
 * rendered as text, and only http(s) links. Figures go to artifacts/reliability/security.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CHROMIUM, QUIET_FLAGS } from './launch';
import { connectToSandbox, DEMO, EXTENSION_PATH, expect, test } from './fixtures';
import type { Sandbox, SandboxLogEntry } from './fixtures';

const HOSTILE_PAGE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/hostile/linkedin-attacks.html'),
  'utf8',
);
const NURTURE = 237960; // seeded: active campaign on list 1818597 (Website leads)
const NURTURE_LIST = 1818597;
const figures = { attacks: 0, refused: 0, leaks: 0, markupStrings: 0, executed: 0 };

const apiCalls = async (sandbox: Sandbox): Promise<SandboxLogEntry[]> =>
  (await sandbox.log()).filter((entry) => !entry.path.startsWith('/__sandbox'));

/** The bearer token and the secret the worker holds: the strings that must never leak. */
async function secrets(worker: Worker): Promise<string[]> {
  const stored = await worker.evaluate(async () =>
    JSON.stringify({
      ...(await chrome.storage.session.get(null)),
      ...(await chrome.storage.local.get(null)),
    }),
  );
  const tokens = [...stored.matchAll(/"accessToken":"([^"]+)"/g)].map((match) => match[1] ?? '');
  return [DEMO.clientSecret, ...tokens].filter((value) => value.length >= 8);
}

async function connected(worker: Worker, page: Page, sandbox: Sandbox): Promise<string[]> {
  await connectToSandbox(worker, sandbox.url);
  // One authenticated call so a token exists to be leaked.
  await page.evaluate(() =>
    chrome.runtime.sendMessage({
      id: 1,
      type: 'getAuthState',
      data: { refresh: true },
      timestamp: Date.now(),
    }),
  );
  const held = await secrets(worker);
  expect(held.length).toBeGreaterThanOrEqual(2);
  return held;
}

test.describe('hostile pages', () => {
  test('a LinkedIn page cannot message the extension, reach its files, trigger API calls or read a secret', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    // A page of ours with no app in it (the popup would make its own API calls while we watch).
    const ours = await context.newPage();
    await ours.goto(`chrome-extension://${extensionId}/manifest.json`);
    const held = await connected(worker, ours, sandbox);
    const before = (await apiCalls(sandbox)).length;
    const listsBefore = JSON.stringify(
      ((await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as { lists: unknown }).lists,
    );

    await context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: HOSTILE_PAGE }),
    );
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com/in/jane-hostile/#${extensionId}`);
    // The fetches of extension files settle last.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (Reflect.get(window, '__attacks') as { name: string }[]).filter((item) =>
              item.name.startsWith('fetch'),
            ).length,
        ),
      )
      .toBe(3);
    const attacks = await page.evaluate(
      () => Reflect.get(window, '__attacks') as { name: string; outcome: string }[],
    );
    const outcome = (name: string) =>
      attacks.filter((item) => item.name === name).map((item) => item.outcome);
    expect(outcome('chrome.runtime in the page')).toEqual(['undefined']);
    expect(outcome('runtime.sendMessage')).toEqual(['threw TypeError']);
    expect(outcome('runtime.connect')).toEqual(['threw TypeError']);
    for (const file of ['popup.html', 'manifest.json', 'background.js'])
      expect(outcome(`fetch ${file}`)[0]).toMatch(/^refused/);
    expect(attacks.some((item) => item.name === 'runtime.sendMessage answer')).toBe(false);

    // Give the content script and the worker the chance to act on anything they heard, then check nothing did.
    await ours.evaluate(() =>
      chrome.runtime.sendMessage({ id: 2, type: 'getJobs', data: undefined, timestamp: Date.now() }),
    );
    expect((await apiCalls(sandbox)).slice(before).map((entry) => entry.path)).toEqual([]);
    expect(
      JSON.stringify(
        ((await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as { lists: unknown }).lists,
      ),
    ).toBe(listsBefore);
    const jobs = await ours.evaluate(
      async () => (await chrome.storage.local.get('jobs'))['jobs'] as unknown[] | undefined,
    );
    expect(jobs ?? []).toEqual([]);
    const auth = await worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('credentials'))['credentials'] as { clientId?: string } | undefined)
          ?.clientId,
    );
    expect(auth).toBe(DEMO.clientId);

    const visible = await page.evaluate(() => (Reflect.get(window, '__harvest') as () => string)());
    const leaks = held.filter((secret) => visible.includes(secret) || page.url().includes(secret));
    expect(leaks).toEqual([]);
    // The token never travels in a URL: every API call the sandbox saw had it in a header, or none.
    const urls = (await apiCalls(sandbox)).map(
      (entry) => `${entry.path} ${JSON.stringify(entry.query ?? {})}`,
    );
    expect(held.filter((secret) => urls.some((url) => url.includes(secret)))).toEqual([]);
    figures.attacks += attacks.length;
    figures.refused += attacks.length;
    figures.leaks += leaks.length;
  });

  test('another extension sending to our id gets no answer and changes nothing', async ({ sandbox }) => {
    const dummy = mkdtempSync(path.join(tmpdir(), 'prospector-foreign-'));
    writeFileSync(
      path.join(dummy, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'Foreign',
        version: '1.0',
        background: { service_worker: 'worker.js' },
      }),
    );
    writeFileSync(
      path.join(dummy, 'worker.js'),
      'self.addEventListener("install", () => self.skipWaiting());\n',
    );
    const profile = mkdtempSync(path.join(tmpdir(), 'prospector-two-'));
    const both = `${EXTENSION_PATH},${dummy}`;
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${both}`, `--load-extension=${both}`, ...QUIET_FLAGS],
    });
    try {
      await expect.poll(() => context.serviceWorkers().length).toBe(2);
      const named = await Promise.all(
        context
          .serviceWorkers()
          .map(async (w) => [await w.evaluate(() => chrome.runtime.getManifest().name), w] as const),
      );
      const ours = named.find(([name]) => name === 'Prospector')?.[1];
      const foreign = named.find(([name]) => name === 'Foreign')?.[1];
      if (!ours || !foreign) throw new Error('both extensions should be loaded');
      const ourId = new URL(ours.url()).host;
      await connectToSandbox(ours, sandbox.url);
      const before = (await apiCalls(sandbox)).length;
      const attempts = await foreign.evaluate(async (id) => {
        const send = (message: unknown) =>
          new Promise<string>((resolve) => {
            chrome.runtime.sendMessage(id, message, (answer: unknown) => {
              resolve(
                chrome.runtime.lastError
                  ? `error: ${chrome.runtime.lastError.message ?? ''}`
                  : `answer: ${JSON.stringify(answer)}`,
              );
            });
          });
        const forged = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });
        return Promise.all([
          send(forged('getAuthState', { refresh: true })),
          send(
            forged('saveCredentials', { clientId: 'a', clientSecret: 'b', baseUrl: 'https://evil.example' }),
          ),
          send(
            forged('addToList', {
              listId: 1818597,
              prospects: [{ key: 'x', email: 'planted@evil.example' }],
            }),
          ),
          send(forged('disconnect', undefined)),
          new Promise<string>((resolve) => {
            const port = chrome.runtime.connect(id);
            port.onDisconnect.addListener(() => {
              resolve(`port closed: ${chrome.runtime.lastError?.message ?? ''}`);
            });
            port.postMessage(forged('getAuthState', undefined));
          }),
        ]);
      }, ourId);
      for (const attempt of attempts)
        expect(attempt).toMatch(
          /^(error|port closed): .*(Receiving end does not exist|Could not establish connection)/,
        );
      expect((await apiCalls(sandbox)).slice(before)).toEqual([]);
      expect(
        await ours.evaluate(
          async () =>
            (
              (await chrome.storage.local.get('credentials'))['credentials'] as
                { clientId?: string } | undefined
            )?.clientId,
        ),
      ).toBe(DEMO.clientId);
      figures.attacks += attempts.length;
      figures.refused += attempts.length;
    } finally {
      await context.close();
      rmSync(dummy, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/** Markup and script in every API string the dashboard shows for a reply. */
const HOSTILE = {
  firstName: '<img src=x onerror="window.__pwned=1">',
  lastName: '<script>window.__pwned=2</script>',
  companyName: '<a href="javascript:window.__pwned=3">Evil Corp</a>',
  position: '"><svg onload=window.__pwned=4>',
  subject: '<img src=x onerror=window.__pwned=5> Re: offer',
  message:
    'Hi <b>there</b><script>window.__pwned=6</script> <a href="javascript:window.__pwned=7">click</a> <iframe src="javascript:window.__pwned=8"></iframe>',
};

test.describe('API strings', () => {
  test('markup in prospect names, company names, reply subjects and bodies renders as text; links stay http(s)', async ({
    context,
    extensionId,
    sandbox,
    worker,
  }) => {
    await connectToSandbox(worker, sandbox.url);
    // Plant the prospect through the API itself, as any Snov.io user (or an import) could.
    const token = (
      (await (
        await fetch(`${sandbox.url}/v1/oauth/access_token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            grant_type: 'client_credentials',
            client_id: DEMO.clientId,
            client_secret: DEMO.clientSecret,
          }),
        })
      ).json()) as { access_token: string }
    ).access_token;
    const added = await fetch(`${sandbox.url}/v1/add-prospect-to-list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        listId: NURTURE_LIST,
        email: 'mallory@hostile.example',
        firstName: HOSTILE.firstName,
        lastName: HOSTILE.lastName,
        companyName: HOSTILE.companyName,
        position: HOSTILE.position,
      }),
    });
    expect(added.status).toBe(200);
    await sandbox.control('replies', {
      campaignId: NURTURE,
      email: 'mallory@hostile.example',
      subject: HOSTILE.subject,
      message: HOSTILE.message,
    });

    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#/campaigns/${NURTURE}/replies`);
    // Names and subjects are shown as the literal text they are; bodies as the text of an inert document.
    const reply = page.getByRole('article', { name: `Reply from ${HOSTILE.firstName} ${HOSTILE.lastName}` });
    await expect(reply).toBeVisible();
    await expect(reply).toContainText(HOSTILE.subject);
    await expect(reply).toContainText('Hi there click');
    expect(await page.evaluate((): unknown => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], iframe, script:not([src])').count()).toBe(0);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:|#|\/|chrome-extension:)/i.test(href))).toEqual([]);
    expect(dialogs).toEqual([]);
    figures.markupStrings += Object.keys(HOSTILE).length;
    figures.attacks += Object.keys(HOSTILE).length;
    figures.refused += Object.keys(HOSTILE).length;
  });
});

test.afterAll(() => {
  mkdirSync(path.resolve('artifacts/reliability'), { recursive: true });
  writeFileSync(
    path.resolve('artifacts/reliability/security.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`,
  );
  console.log(
    `[security] attacks tried ${figures.attacks}, refused or inert ${figures.refused}, leaks ${figures.leaks}, markup executed ${figures.executed}`,
  );
});
