/** Fakes for background tests: a clock whose sleep advances time, and an in-memory API with call counts. */
import type { ApiError } from '../../../../lib/errors';
import type { ApiResult, ProspectingApi, TaskFamily, TaskPoll } from '../../../../lib/background/api-port';
import type { LinkedInProfile } from '../../../../lib/api/schemas/finder';
import { createServices } from '../../../../lib/background/create-services';
import type { Services } from '../../../../lib/background/services';
import { err, ok } from '../../../../lib/result';

export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  advance: (ms: number) => void;
}

/** A clock whose `sleep` moves time forward and yields once. */
export function fakeClock(start = Date.UTC(2026, 0, 5, 9)): FakeClock {
  let time = start;
  return {
    now: () => time,
    sleep: async (ms) => {
      time += ms;
      await Promise.resolve();
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

export interface Call {
  readonly route: string;
  readonly input: unknown;
  readonly at: number;
}

export interface FakeApiOptions {
  readonly clock: FakeClock;
  /** In-progress answers before a task completes. */
  pendingPolls?: number;
  /** Answers the next starts with these errors (undefined = accept), one per start. */
  startErrors?: (ApiError | undefined)[];
  /** Starts never answer (a worker killed while its start was in flight). */
  hangStarts?: boolean;
  /** Polls never answer (a worker killed mid-poll). */
  hangPolls?: boolean;
  /** E-mails already in lists (listsOfEmail). */
  listsByEmail?: Map<string, number[]>;
  /** LinkedIn URLs the account already holds: add-prospect leaves them alone unless `updateContact`. */
  existingLinkedIn?: Set<string>;
}

export interface FakeApi extends ProspectingApi {
  readonly calls: Call[];
  readonly options: FakeApiOptions;
  count(route: string): number;
}

export function profileFor(url: string): LinkedInProfile {
  const slug = url.split('/in/')[1]?.replace(/\/$/, '') ?? 'someone';
  return {
    name: `Person ${slug}`,
    first_name: 'Person',
    last_name: slug,
    industry: null,
    location: 'Lyon, France',
    country: 'France',
    skills: [],
    positions: [
      {
        name: 'Contoso',
        title: 'CTO',
        linkedin_url: null,
        url: 'https://www.contoso.example',
        industry: null,
        country: null,
        location: null,
        specializations: [],
      },
    ],
  };
}

/** An in-memory API: tasks complete after `pendingPolls` in-progress answers. */
export function createFakeApi(options: FakeApiOptions): FakeApi {
  const calls: Call[] = [];
  let nextHash = 1;
  function family<I, T>(name: string, answer: (input: I) => T): TaskFamily<I, T> {
    const tasks = new Map<string, { input: I; polls: number }>();
    return {
      async start(input): ApiResult<{ taskHash: string }> {
        calls.push({ route: `${name}.start`, input, at: options.clock.now() });
        if (options.hangStarts === true) return new Promise(() => undefined);
        const error = options.startErrors?.shift();
        if (error) return err(error);
        const taskHash = `hash-${nextHash++}`;
        tasks.set(taskHash, { input, polls: 0 });
        return ok({ taskHash });
      },
      async result(taskHash): ApiResult<TaskPoll<T>> {
        calls.push({ route: `${name}.result`, input: taskHash, at: options.clock.now() });
        if (options.hangPolls === true) return new Promise(() => undefined);
        const task = tasks.get(taskHash);
        if (!task) return err({ kind: 'not-found' });
        task.polls++;
        if (task.polls <= (options.pendingPolls ?? 0)) return ok({ done: false, status: 'in_progress' });
        return ok({ done: true, value: answer(task.input) });
      },
    };
  }
  const unused = <I, T>(name: string): TaskFamily<I, T> =>
    family<I, T>(name, () => {
      throw new Error(`${name} not faked`);
    });
  const api: ProspectingApi = {
    linkedinProfiles: family('linkedinProfiles', (urls: readonly string[]) =>
      urls.map((url) => ({ url, profile: url.includes('nobody') ? undefined : profileFor(url) })),
    ),
    verifyEmails: family('verifyEmails', (emails: readonly string[]) =>
      [...emails].reverse().map((email) => ({
        email,
        result: { smtp_status: email.startsWith('bad') ? 'not_valid' : 'valid' },
      })),
    ),
    emailsByName: family(
      'emailsByName',
      (rows: readonly { firstName: string; lastName: string; domain: string }[]) =>
        rows.map((row) => ({
          people: `${row.firstName} ${row.lastName}`,
          result: [{ email: `${row.firstName}@${row.domain}`.toLowerCase(), smtp_status: 'valid' }],
        })),
    ),
    companyInfo: unused('companyInfo'),
    domainProspects: unused('domainProspects'),
    domainEmails: unused('domainEmails'),
    genericContacts: unused('genericContacts'),
    prospectEmails: unused('prospectEmails'),
    userLists() {
      calls.push({ route: 'userLists', input: null, at: options.clock.now() });
      return Promise.resolve(ok([{ id: 7, name: 'Leads', contacts: 0 }]));
    },
    createList(name) {
      calls.push({ route: 'createList', input: name, at: options.clock.now() });
      return Promise.resolve(ok({ id: 8, name, contacts: 0 }));
    },
    userCampaigns() {
      calls.push({ route: 'userCampaigns', input: null, at: options.clock.now() });
      return Promise.resolve(ok([{ id: 3, name: 'Q1', listId: 7, status: 'active' }]));
    },
    addProspectToList(request) {
      calls.push({ route: 'addProspectToList', input: request, at: options.clock.now() });
      const exists = options.existingLinkedIn?.has(request.socialLinks?.['linkedIn'] ?? '') === true;
      return Promise.resolve(
        ok(
          exists
            ? { isAdded: request.updateContact === true, isUpdated: request.updateContact === true }
            : { isAdded: true, isUpdated: false },
        ),
      );
    },
    listsOfEmail(email) {
      calls.push({ route: 'listsOfEmail', input: email, at: options.clock.now() });
      return Promise.resolve(ok(options.listsByEmail?.get(email) ?? []));
    },
  };
  return { ...api, calls, options, count: (route) => calls.filter((call) => call.route === route).length };
}

export interface Harness {
  readonly services: Services;
  readonly wakes: number[];
  online: boolean;
}

/** Services over the fake browser's storage (call `fakeBrowser.reset()` first). */
export function buildServices(api: ProspectingApi | null, clock: FakeClock): Harness {
  const harness: { services?: Services; wakes: number[]; online: boolean } = { wakes: [], online: true };
  let id = 0;
  const services = createServices({
    api: () => Promise.resolve(api),
    now: clock.now,
    sleep: clock.sleep,
    isOnline: () => harness.online,
    wakeAt: (at) => harness.wakes.push(at),
    newId: () => `id-${++id}-${Math.random().toString(36).slice(2, 8)}`,
  });
  return Object.assign(harness, { services });
}

export const profileUrls = (count: number, prefix = 'person'): string[] =>
  Array.from({ length: count }, (_, index) => `https://www.linkedin.com/in/${prefix}-${index + 1}`);
