/**
 * The Firefox smoke checks, in order. What is driven and how:
 * - install: BiDi `webExtension.install` of the production build, then RDP `listAddons` (install warnings).
 * - LinkedIn: a real tab at https://www.linkedin.com/in/… served from a fixture by BiDi interception;
 *   the content script reports on its own; the result is read back with `getTabContext`.
 * - background flows: sent as protocol messages from the options page (an extension page, through the
 *   real guard) or by filling its form; nothing in the build is test-only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { PersonRef, ProfileEntry, Prospect, TabContext } from '../../lib/messaging/protocol';
import { toProspectInput } from '../../lib/state/prospect-input';
import type { Check } from './harness';
import { assert, until } from './harness';
import type { FirefoxSession } from './launch';
import { routeLinkedIn } from './launch';
import {
  bodyText,
  clickEnrichMenu,
  fireAlarmSoon,
  hasAlarm,
  installMessageSpy,
  linkedInTabId,
  loadedManifest,
  openExtensionTab,
  queueBatchStates,
  sendAsExtensionPage,
  spiedMessages,
  submitCredentials,
} from './in-page';

/** The sandbox as the checks see it. */
export interface SandboxView {
  readonly url: string;
  log(): Promise<readonly { method: string; path: string; status: number; body?: unknown }[]>;
}

export interface SmokeContext {
  readonly session: FirefoxSession;
  readonly sandbox: SandboxView;
  /** Filled in as the checks go. */
  readonly state: { linkedIn?: Page; tabId?: number; person?: PersonRef; prospect?: Prospect };
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/linkedin');
/** A profile the sandbox knows (tests/sandbox/README.md), rendered with a synthetic fixture page. */
const PROFILE_URL = 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-336e43/';
const PROFILE_NAME = 'Ada Lindqvist'; // tests/fixtures/linkedin/known-answers.json
/** Another seeded profile, enriched without a page (the resume check). */
const SECOND_PROFILE_URL = 'https://www.linkedin.com/in/%C5%82ukasz-novak-bb9957/';
const EMPTY_LIST = 1818601;
/** QUEUE_ALARM in lib/background/prospecting-background.ts (not imported: that module needs a browser). */
const QUEUE_ALARM = 'prospector-queue';
const BACKGROUND = '_generated_background_page.html';
const OPTIONS = '/options.html';

/** Sends a protocol message from the options page and unwraps webext-core's `{ res }` answer. */
async function send<T>(context: SmokeContext, type: string, data: unknown): Promise<T> {
  const answer = await context.session.extension.evaluate(OPTIONS, sendAsExtensionPage, { type, data });
  if (typeof answer !== 'object' || answer === null || !('res' in answer) || answer.res === undefined) {
    // webext-core answers `{ res: undefined }` when no handler is registered for the message.
    throw new Error(
      `${type}: no answer from the background (${JSON.stringify(answer)}); is its handler registered in entrypoints/background?`,
    );
  }
  return answer.res as T;
}

async function calls(context: SmokeContext, method: string, pathname: string): Promise<number> {
  return (await context.sandbox.log()).filter(
    (entry) => entry.method === method && entry.path === pathname && entry.status === 200,
  ).length;
}

export const checks: readonly Check<SmokeContext>[] = [
  {
    name: 'installs the MV3 build as a temporary add-on with no warnings',
    async run({ session }) {
      const addon = await session.extension.addon();
      assert(addon.warnings.length === 0, `install warnings: ${addon.warnings.join('; ')}`);
      assert(
        addon.temporarilyInstalled === true && addon.manifestURL.startsWith('moz-extension://'),
        'not a temporary add-on',
      );
      assert(addon.persistentBackgroundScript === false, 'the background should be an event page');
      const manifest = await session.extension.evaluate(BACKGROUND, loadedManifest, undefined);
      assert(manifest.version === 3 && manifest.sidebar, `loaded manifest: ${JSON.stringify(manifest)}`);
      await session.extension.evaluate(BACKGROUND, openExtensionTab, OPTIONS);
      await session.extension.waitForDocument(OPTIONS);
    },
  },
  {
    name: 'the LinkedIn content script reports the page to the background',
    needs: ['installs the MV3 build as a temporary add-on with no warnings'],
    async run(context) {
      const { extension } = context.session;
      await extension.evaluate(BACKGROUND, installMessageSpy, undefined);
      const html = readFileSync(path.join(FIXTURES, 'profile-classic-en.html'), 'utf8');
      const page = await context.session.browser.newPage();
      await routeLinkedIn(page, () => html);
      await page.goto(PROFILE_URL);
      const tabId = await until(
        () => extension.evaluate(BACKGROUND, linkedInTabId, undefined),
        (id) => id >= 0,
        { what: 'the LinkedIn tab' },
      );
      Object.assign(context.state, { linkedIn: page, tabId });
      const seen = await until(
        () => extension.evaluate(BACKGROUND, spiedMessages, undefined),
        (messages) =>
          messages.some(
            (message) => message.type === 'reportLinkedInPage' && message.names.includes(PROFILE_NAME),
          ),
        { what: 'reportLinkedInPage in the background' },
      );
      const report = seen.find((message) => message.type === 'reportLinkedInPage');
      assert(
        report?.tabId === tabId && report.frameId === 0,
        `sent from ${JSON.stringify(report)}, expected tab ${String(tabId)} frame 0`,
      );
      assert(
        report.kind === 'profile' && report.url.startsWith('https://www.linkedin.com/in/'),
        `report: ${JSON.stringify(report)}`,
      );
    },
  },
  {
    name: 'the background keeps the reported page as the tab context',
    needs: ['the LinkedIn content script reports the page to the background'],
    async run(context) {
      const tab = await until(
        () => send<TabContext | null>(context, 'getTabContext', { tabId: context.state.tabId }),
        (value) =>
          value?.kind === 'linkedin-profile' && value.people.some((person) => person.name === PROFILE_NAME),
        { what: 'the tab context of the LinkedIn tab' },
      );
      const [person] = tab?.people ?? [];
      if (person) context.state.person = person;
    },
  },
  {
    name: 'the sidebar (sidebar_action) shows the profile of the active LinkedIn tab',
    needs: ['the background keeps the reported page as the tab context'],
    async run({ session }) {
      // Firefox opens an add-on's sidebar once at install (sidebar_action `open_at_install`).
      await session.extension.waitForDocument('/sidepanel.html');
      await until(
        () => session.extension.evaluate('/sidepanel.html', bodyText, undefined),
        (text) => text.includes(PROFILE_NAME),
        {
          what: `the sidebar to show ${PROFILE_NAME}`,
        },
      );
    },
  },
  {
    name: 'connects to the sandbox with credentials through the options page',
    needs: ['installs the MV3 build as a temporary add-on with no warnings'],
    async run(context) {
      const problems = await context.session.extension.evaluate(OPTIONS, submitCredentials, {
        clientId: 'demo-user-id',
        clientSecret: 'demo-secret',
        baseUrl: context.sandbox.url,
      });
      assert(problems.length === 0, problems.join('; '));
      await until(
        () => context.session.extension.evaluate(OPTIONS, bodyText, undefined),
        (text) => /\bConnected\b/.test(text),
        { what: 'the options page to say Connected' },
      );
      assert(
        (await calls(context, 'POST', '/v1/oauth/access_token')) >= 1,
        'the sandbox log has no token call',
      );
    },
  },
  {
    name: 'enriches the reported profile through the sandbox',
    needs: ['connects to the sandbox with credentials through the options page'],
    async run(context) {
      const url = context.state.person?.url ?? PROFILE_URL;
      const started = await send<{ ok: boolean }>(context, 'enrichProfiles', { urls: [url] });
      assert(started.ok, `enrichProfiles: ${JSON.stringify(started)}`);
      const entries = await until(
        () => send<Record<string, ProfileEntry | undefined>>(context, 'getProfiles', { urls: [url] }),
        (value) =>
          value[url]?.status === 'done' ||
          value[url]?.status === 'failed' ||
          value[url]?.status === 'not-found',
        { what: 'the enrichment result', timeoutMs: 20_000 },
      );
      const entry = entries[url];
      assert(entry?.status === 'done', `enrichment ended as ${JSON.stringify(entry)}`);
      context.state.prospect = entry.prospect;
      assert(
        (await calls(context, 'POST', '/v2/li-profiles-by-urls/start')) === 1,
        'expected one li-profiles-by-urls/start call',
      );
      assert(
        (await calls(context, 'GET', '/v2/li-profiles-by-urls/result')) >= 1,
        'no li-profiles-by-urls/result call',
      );
    },
  },
  {
    name: 'adds the enriched prospect to a list',
    needs: ['enriches the reported profile through the sandbox'],
    async run(context) {
      const input = context.state.prospect ? toProspectInput(context.state.prospect) : null;
      assert(input, 'the enriched prospect has neither an e-mail nor a LinkedIn URL');
      const started = await send<{ ok: boolean }>(context, 'addToList', {
        listId: EMPTY_LIST,
        prospects: [input],
      });
      assert(started.ok, `addToList: ${JSON.stringify(started)}`);
      await until(
        () =>
          send<Record<string, string | undefined>>(context, 'getMembership', {
            listId: EMPTY_LIST,
            keys: [input.key],
          }),
        (value) => value[input.key] === 'in-list' || value[input.key] === 'failed',
        { what: 'the list membership', timeoutMs: 20_000 },
      );
      const adds = (await context.sandbox.log()).filter(
        (entry) => entry.path === '/v1/add-prospect-to-list' && entry.status === 200,
      );
      // One add; plus one with updateContact when the account already held the person in another
      // list (the API leaves such a prospect out of the new list otherwise).
      const first = adds.filter((entry) => !JSON.stringify(entry.body).includes('updateContact'));
      assert(first.length === 1, `expected one add-prospect-to-list call, saw ${String(first.length)}`);
      assert(adds.length <= 2, `expected at most one updateContact retry, saw ${String(adds.length - 1)}`);
      assert(
        adds.every((entry) => JSON.stringify(entry.body).includes(String(EMPTY_LIST))),
        'add-prospect-to-list went to another list',
      );
      const state = (await (await fetch(`${context.sandbox.url}/__sandbox/state`)).json()) as {
        lists: { id: number; prospects: unknown[] }[];
      };
      const list = state.lists.find((item) => item.id === EMPTY_LIST);
      assert(
        list?.prospects.length === 1,
        `the list holds ${String(list?.prospects.length)} prospects, not 1`,
      );
    },
  },
  {
    name: 'the event page comes back after Firefox unloads it, still connected',
    needs: [
      'the LinkedIn content script reports the page to the background',
      'connects to the sandbox with credentials through the options page',
    ],
    async run(context) {
      const { session, state } = context;
      await session.extension.terminateBackground();
      // A content-script message wakes it, as a LinkedIn navigation would (or an open extension page did already).
      await state.linkedIn?.reload();
      await until(
        () => session.extension.addon(),
        (addon) => addon.backgroundScriptStatus === 'RUNNING',
        { what: 'the event page to wake' },
      );
      await session.extension.waitForDocument(BACKGROUND);
      // The token lives in storage.session, which outlives the event page.
      const auth = await send<{ status: string }>(context, 'getAuthState', undefined);
      assert(auth.status === 'connected', `after the restart the auth state is ${JSON.stringify(auth)}`);
    },
  },
  {
    name: 'a job cut off by an event-page unload resumes when the page wakes, with no second paid start',
    needs: [
      'enriches the reported profile through the sandbox',
      'the event page comes back after Firefox unloads it, still connected',
    ],
    async run(context) {
      const { extension } = context.session;
      const starts = await calls(context, 'POST', '/v2/li-profiles-by-urls/start');
      const started = await send<{ ok: boolean }>(context, 'enrichProfiles', { urls: [SECOND_PROFILE_URL] });
      assert(started.ok, `enrichProfiles: ${JSON.stringify(started)}`);
      // The queue polls 2 s after a start: unload the page in between, as Firefox may after its idle timeout.
      await until(
        () => calls(context, 'POST', '/v2/li-profiles-by-urls/start'),
        (count) => count === starts + 1,
        { what: 'the second start' },
      );
      // Unloaded before the hash is committed, the queue would (rightly) refuse to re-send: wait for it.
      await until(
        () => extension.evaluate(BACKGROUND, queueBatchStates, undefined),
        (states) => states.includes('started'),
        {
          what: 'the task hash to be committed',
        },
      );
      await extension.terminateBackground();
      assert(await extension.evaluate(OPTIONS, hasAlarm, QUEUE_ALARM), 'the queue left no alarm to wake it');
      if ((await extension.addon()).backgroundScriptStatus === 'STOPPED') {
        // Nothing else woke it: bring the queue's own alarm forward instead of waiting for it.
        await extension.evaluate(OPTIONS, fireAlarmSoon, { name: QUEUE_ALARM, inMs: 200 });
        await until(
          () => extension.addon(),
          (addon) => addon.backgroundScriptStatus === 'RUNNING',
          { what: 'the alarm to wake the event page' },
        );
        console.log('      (woken by the queue alarm)');
      } else {
        console.log('      (woken by a message from an open extension page before the alarm)');
      }
      await until(
        () =>
          send<Record<string, ProfileEntry | undefined>>(context, 'getProfiles', {
            urls: [SECOND_PROFILE_URL],
          }),
        (value) => value[SECOND_PROFILE_URL]?.status === 'done',
        { what: 'the resumed enrichment', timeoutMs: 20_000 },
      );
      assert(
        (await calls(context, 'POST', '/v2/li-profiles-by-urls/start')) === starts + 1,
        'the resumed job started (and paid) again',
      );
    },
  },
  {
    name: 'the context-menu handler enriches without a user gesture and reports through a notification',
    needs: ['enriches the reported profile through the sandbox'],
    async run(context) {
      const url = context.state.person?.url ?? PROFILE_URL;
      const starts = await calls(context, 'POST', '/v2/li-profiles-by-urls/start');
      const { outcome, notifications } = await context.session.extension.evaluate(
        BACKGROUND,
        clickEnrichMenu,
        {
          pageUrl: url,
          tabId: context.state.tabId ?? -1,
        },
      );
      // Called from code, not a click: Firefox refuses sidebarAction.open(), so the result is notified.
      assert(JSON.stringify(outcome).includes('"panelOpened":false'), `outcome: ${JSON.stringify(outcome)}`);
      assert(JSON.stringify(outcome).includes('"jobId"'), `outcome: ${JSON.stringify(outcome)}`);
      assert(notifications.length > 0, 'no notification on screen');
      assert(
        (await calls(context, 'POST', '/v2/li-profiles-by-urls/start')) === starts,
        'a cached profile was paid for again',
      );
    },
  },
  {
    name: 'no uncaught errors in the extension documents',
    run({ session }) {
      const errors = session.extension.pageErrors.filter((error) =>
        error.source.startsWith('moz-extension://'),
      );
      assert(errors.length === 0, errors.map((error) => `${error.source}: ${error.message}`).join('\n'));
      return Promise.resolve();
    },
  },
];
