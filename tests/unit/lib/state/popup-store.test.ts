// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { JobView, Membership, TabContext } from '../../../../lib/messaging/protocol';
import { createPopupStore } from '../../../../lib/state/popup-store';
import { prospect } from '../../components/prospects/fixtures';
import { fakeSend } from './fake-send';
import type { FakeHandlers } from './fake-send';

const context: TabContext = {
  tabId: 7,
  url: 'http://127.0.0.1/about',
  kind: 'company-site',
  people: [],
  emails: [],
  updatedAt: 0,
  domain: 'acme.example',
  candidates: [
    { domain: 'acme.example', score: 5, evidence: [] },
    { domain: 'other.example', score: 1, evidence: [] },
  ],
};
const people = [prospect('a'), prospect('b'), prospect('c', { emails: [], linkedinUrl: undefined })];

function setup(extra: FakeHandlers = {}) {
  let onJobs: () => void = () => undefined;
  const membership: Record<string, Membership> = {};
  let jobs: JobView[] = [];
  const handlers: FakeHandlers = {
    getTabContext: () => context,
    getJobs: () => jobs,
    getLists: () => ({ ok: true, value: [{ id: 1, name: 'Leads', contacts: 0 }] }),
    getCampaigns: () => ({ ok: true, value: [{ id: 9, name: 'Spring', listId: 1, status: 'active' }] }),
    companyInfo: ({ domain }) => ({
      ok: true,
      value: { domain, name: 'Acme', relatedDomains: [], prospectsCount: 3, emailsCount: 2, genericCount: 1 },
    }),
    domainProspects: ({ page }) => ({
      ok: true,
      value: { prospects: people, total: 3, page, hasNext: false },
    }),
    domainEmails: ({ kind, cursor }) => ({
      ok: true,
      value:
        kind === 'generic'
          ? { emails: ['info@acme.example'], total: 1, next: null }
          : { emails: [cursor ? 'z@acme.example' : 'y@acme.example'], total: 2, next: cursor ? null : 'c1' },
    }),
    getVerifications: ({ emails }) => Object.fromEntries(emails.map((e) => [e, null])),
    getMembership: ({ keys }) => Object.fromEntries(keys.map((k) => [k, membership[k] ?? 'not-in-list'])),
    addToList: ({ prospects }) => {
      for (const p of prospects) membership[p.key] = 'in-list';
      jobs = [
        {
          id: 'j',
          kind: 'add-to-list',
          status: 'done',
          total: prospects.length,
          done: prospects.length,
          failed: 0,
          label: 'Add',
          createdAt: 0,
          updatedAt: 0,
        },
      ];
      return { ok: true, value: { jobId: 'j', skipped: [] } };
    },
    createList: ({ name }) => ({ ok: true, value: { id: 5, name, contacts: 0 } }),
    verifyEmails: () => ({ ok: true, value: { jobId: 'v' } }),
    chooseDomain: ({ domain }) => ({ ok: true, value: { ...context, domain } }),
    ...extra,
  };
  const { send, calls } = fakeSend(handlers);
  const saveFile = vi.fn();
  const copy = vi.fn(() => Promise.resolve());
  const store = createPopupStore({
    send,
    watchJobs: (cb) => {
      onJobs = cb;
      return () => undefined;
    },
    copy,
    saveFile,
    now: () => new Date('2026-11-01T00:00:00Z'),
  });
  return {
    store,
    calls,
    saveFile,
    copy,
    fireJobs: () => {
      onJobs();
    },
    handlers,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('popup store', () => {
  it('loads the tab context, company, prospects and both kinds of e-mails', async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    // What the popup shows first is asked for first: the worker answers messages in order.
    expect(calls[0]).toEqual({ name: 'getTabContext', data: { tabId: 7 } });
    const state = store.getState();
    expect(state.domain).toBe('acme.example');
    expect(state.company.status).toBe('ready');
    expect(state.prospects.status === 'ready' && state.prospects.value.prospects).toHaveLength(3);
    expect(state.emails.status === 'ready' && state.emails.value.emails).toEqual(['y@acme.example']);
    expect(state.generic.status === 'ready' && state.generic.value.total).toBe(1);
  });

  it('scans the tab when the background knows nothing yet', async () => {
    const { store, calls } = setup({
      getTabContext: () => null,
      scanTab: () => ({ ok: true, value: context }),
    });
    await store.getState().init(7, null);
    expect(calls.some((c) => c.name === 'scanTab')).toBe(true);
    expect(store.getState().domain).toBe('acme.example');
  });

  it('pages domain e-mails by cursor', async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    await store.getState().loadEmails('all', true);
    expect(calls.filter((c) => c.name === 'domainEmails').at(-1)?.data).toEqual({
      domain: 'acme.example',
      kind: 'all',
      cursor: 'c1',
    });
    const emails = store.getState().emails;
    expect(emails.status === 'ready' && emails.value).toEqual({
      emails: ['y@acme.example', 'z@acme.example'],
      total: 2,
      next: null,
    });
  });

  it('filters prospects by position', async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    store.getState().setPositions('CTO, Head of Sales,');
    await store.getState().loadProspects(1);
    expect(calls.filter((c) => c.name === 'domainProspects').at(-1)?.data).toEqual({
      domain: 'acme.example',
      positions: ['CTO', 'Head of Sales'],
      page: 1,
    });
  });

  it('adds the selection once; a second add is refused locally as already in list', async () => {
    const { store, calls, fireJobs } = setup();
    await store.getState().init(7, null);
    store.getState().toggle('a', true);
    store.getState().toggle('b', true);
    await store.getState().addSelected({ kind: 'list', listId: 1 });
    const add = calls.find((c) => c.name === 'addToList');
    expect(add?.data).toMatchObject({
      listId: 1,
      prospects: [{ key: 'a', email: 'a@acme-robotics.example', firstName: 'Person' }, { key: 'b' }],
    });
    expect(store.getState().membership).toMatchObject({ a: 'saving', b: 'saving' });
    fireJobs();
    await flush();
    expect(store.getState().membership).toMatchObject({ a: 'in-list', b: 'in-list' });
    await store.getState().addSelected({ kind: 'list', listId: 1 });
    expect(calls.filter((c) => c.name === 'addToList')).toHaveLength(1);
    expect(store.getState().notice).toMatch(/Nothing to add to Leads: 2 prospects already in list/);
  });

  it("adds to a campaign's list", async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    store.getState().toggle('a', true);
    await store.getState().addSelected({ kind: 'campaign', campaignId: 9 });
    expect(calls.find((c) => c.name === 'addToList')?.data).toMatchObject({ listId: 1 });
  });

  it('skips prospects with neither an e-mail nor a LinkedIn URL', async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    store.getState().toggle('c', true);
    await store.getState().addSelected({ kind: 'list', listId: 1 });
    expect(calls.some((c) => c.name === 'addToList')).toBe(false);
    expect(store.getState().notice).toMatch(/without an e-mail or LinkedIn URL/);
  });

  it('creates a list and selects it', async () => {
    const { store } = setup();
    await store.getState().init(7, null);
    await store.getState().createList('Fair');
    expect(store.getState().listId).toBe(5);
    const lists = store.getState().lists;
    expect(lists.status === 'ready' && lists.value.map((l) => l.name)).toEqual(['Fair', 'Leads']);
  });

  it('marks addresses as checking while verifying and keeps errors in words', async () => {
    const { store } = setup({ verifyEmails: () => ({ ok: false, error: { kind: 'out-of-credits' } }) });
    await store.getState().init(7, null);
    expect(await store.getState().verify(['y@acme.example'])).toBe(false);
    expect(store.getState().error).toEqual({ kind: 'out-of-credits' });
    expect(store.getState().checking).toEqual([]);
  });

  it('refreshes verifications when a verify job finishes', async () => {
    const verified: Record<string, boolean> = {};
    let jobs: JobView[] = [];
    const { store, fireJobs } = setup({
      getJobs: () => jobs,
      verifyEmails: () => ({ ok: true, value: { jobId: 'v' } }),
      getVerifications: ({ emails }) =>
        Object.fromEntries(
          emails.map((e) => [e, verified[e] ? { email: e, status: 'valid' as const } : null]),
        ),
    });
    await store.getState().init(7, null);
    await store.getState().verify(['y@acme.example']);
    expect(store.getState().checking).toEqual(['y@acme.example']);
    verified['y@acme.example'] = true;
    jobs = [
      {
        id: 'v',
        kind: 'verify',
        status: 'done',
        total: 1,
        done: 1,
        failed: 0,
        label: 'Verify',
        createdAt: 0,
        updatedAt: 0,
      },
    ];
    fireJobs();
    await flush();
    expect(store.getState().verifications['y@acme.example']).toEqual({
      email: 'y@acme.example',
      status: 'valid',
    });
    expect(store.getState().checking).toEqual([]);
  });

  it('exports the selection and announces copies', async () => {
    const { store, saveFile, copy } = setup();
    await store.getState().init(7, null);
    store.getState().toggleAll(['a', 'b'], true);
    store.getState().exportSelected();
    // The CSV module is loaded on the first export.
    await vi.waitFor(() => {
      expect(saveFile).toHaveBeenCalledWith(
        'prospects-acme.example-2026-11-01.csv',
        expect.stringContaining('Person a'),
      );
    });
    await store.getState().copy('a@acme-robotics.example');
    expect(copy).toHaveBeenCalledWith('a@acme-robotics.example');
    expect(store.getState().notice).toBe('Copied a@acme-robotics.example');
  });

  it('shows a section error instead of a blank when the background refuses', async () => {
    const { store } = setup({
      domainProspects: () => ({ ok: false, error: { kind: 'rate-limited', retryAfterMs: 5000 } }),
    });
    await store.getState().init(7, null);
    expect(store.getState().prospects).toEqual({
      status: 'error',
      error: { kind: 'rate-limited', retryAfterMs: 5000 },
    });
  });

  it('switches company when the user picks another candidate', async () => {
    const { store, calls } = setup();
    await store.getState().init(7, null);
    await store.getState().chooseDomain('other.example');
    expect(calls.find((c) => c.name === 'chooseDomain')?.data).toEqual({ tabId: 7, domain: 'other.example' });
    expect(store.getState().domain).toBe('other.example');
  });
});
