import { describe, expect, it, vi } from 'vitest';
import type { JobView, ProfileEntry, Prospect, TabContext } from '../../../../lib/messaging/protocol';
import { createSidepanelStore, panelPeople, uncachedUrls } from '../../../../lib/state/sidepanel-store';
import type { Send } from '../../../../lib/state/send';

const ADA = 'https://www.linkedin.com/in/ada-lindqvist';
const BEN = 'https://www.linkedin.com/in/ben-okafor';
const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAB1234567';

function context(people: TabContext['people'], kind: TabContext['kind'] = 'linkedin-search'): TabContext {
  return {
    tabId: 7,
    url: 'https://www.linkedin.com/search/results/people/',
    kind,
    people,
    candidates: [],
    domain: null,
    emails: [],
    updatedAt: 1,
  };
}

function prospect(name: string, key: string): Prospect {
  return {
    key,
    name,
    emails: [{ email: `${name.split(' ')[0]?.toLowerCase() ?? 'x'}@northwind.example`, status: 'valid' }],
  };
}

function job(partial: Partial<JobView>): JobView {
  return {
    id: 'job-1',
    kind: 'enrich',
    status: 'running',
    total: 2,
    done: 0,
    failed: 0,
    label: 'Enrich 2 profiles',
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

interface World {
  context: TabContext | null;
  profiles: Record<string, ProfileEntry>;
  jobs: JobView[];
  calls: { name: string; data: unknown }[];
}

function fakeSend(world: World): Send {
  const answer = (name: string, data: unknown): unknown => {
    world.calls.push({ name, data });
    switch (name) {
      case 'getTabContext':
        return world.context;
      case 'getProfiles': {
        const { urls } = data as { urls: string[] };
        return Object.fromEntries(
          urls.flatMap((url) => (world.profiles[url] ? [[url, world.profiles[url]]] : [])),
        );
      }
      case 'enrichProfiles':
        return { ok: true, value: { jobId: 'job-1' } };
      case 'getJobs':
        return world.jobs;
      case 'getLists':
        return { ok: true, value: [{ id: 11, name: 'Leads', contacts: 3 }] };
      case 'getCampaigns':
        return { ok: true, value: [{ id: 21, name: 'Q3 outreach', listId: 11, status: 'active' }] };
      case 'getMembership':
        return {};
      case 'addToList':
        return { ok: true, value: { jobId: 'job-2', skipped: [] } };
      case 'findEmail':
        return { ok: true, value: prospect('Ben Okafor', 'email:ben@northwind.example') };
      default:
        throw new Error(`unexpected ${name}`);
    }
  };
  return ((name: string, data: unknown) => Promise.resolve(answer(name, data))) as Send;
}

function setup(world: Partial<World> = {}, focus: TabContext['people'][number] | null = null) {
  const state: World = {
    context: context([
      { url: ADA, name: 'Ada Lindqvist' },
      { url: BEN, name: 'Ben Okafor' },
    ]),
    profiles: {},
    jobs: [],
    calls: [],
    ...world,
  };
  let onJobs = (): void => undefined;
  let onContexts = (): void => undefined;
  const saveFile = vi.fn<(name: string, text: string) => void>();
  const clearFocus = vi.fn(() => Promise.resolve());
  const store = createSidepanelStore({
    send: fakeSend(state),
    watchJobs: (cb) => {
      onJobs = cb;
      return () => undefined;
    },
    watchContexts: (cb) => {
      onContexts = cb;
      return () => undefined;
    },
    readFocus: () => Promise.resolve(focus),
    clearFocus,
    saveFile,
    now: () => new Date('2026-11-01T10:00:00Z'),
  });
  return {
    store,
    world: state,
    saveFile,
    clearFocus,
    jobsChanged: () => {
      onJobs();
    },
    contextsChanged: () => {
      onContexts();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSidepanelStore', () => {
  it('binds to a tab and shows its people with their cached enrichment at once', async () => {
    const { store } = setup({
      profiles: { [ADA]: { status: 'done', prospect: prospect('Ada Lindqvist', 'li:in:ada-lindqvist') } },
    });
    await store.getState().bind(7);
    expect(panelPeople(store.getState()).map((p) => p.name)).toEqual(['Ada Lindqvist', 'Ben Okafor']);
    expect(store.getState().profiles[ADA]?.status).toBe('done');
    expect(uncachedUrls(store.getState(), [ADA, BEN])).toEqual([BEN]);
  });

  it('enriches only the selected profiles that are not cached, and follows the job', async () => {
    const { store, world, jobsChanged } = setup({
      profiles: { [ADA]: { status: 'done', prospect: prospect('Ada Lindqvist', 'li:in:ada') } },
    });
    store.getState().start();
    await store.getState().bind(7);
    store.getState().toggleAll(true);
    await store.getState().enrichSelected();
    expect(world.calls.find((c) => c.name === 'enrichProfiles')?.data).toEqual({ urls: [BEN] });
    expect(store.getState().profiles[BEN]).toEqual({ status: 'pending' });
    expect(store.getState().jobId).toBe('job-1');

    world.jobs = [job({ done: 1, failed: 1, status: 'done' })];
    world.profiles[BEN] = { status: 'failed', error: { kind: 'server', status: 500 } };
    jobsChanged();
    await flush();
    expect(store.getState().jobs[0]?.failed).toBe(1);
    expect(store.getState().profiles[BEN]?.status).toBe('failed');
    expect(store.getState().profiles[ADA]?.status).toBe('done');
  });

  it('never sends Sales Navigator leads to enrichment by URL', async () => {
    const { store, world } = setup({
      context: context([
        { url: LEAD, name: 'Lead' },
        { url: ADA, name: 'Ada' },
      ]),
    });
    await store.getState().bind(7);
    await store.getState().enrich([LEAD, ADA]);
    expect(world.calls.find((c) => c.name === 'enrichProfiles')?.data).toEqual({ urls: [ADA] });
  });

  it('re-reads the tab when the background updates it (in-page navigation)', async () => {
    const { store, world, contextsChanged } = setup();
    store.getState().start();
    await store.getState().bind(7);
    world.context = context([{ url: BEN, name: 'Ben Okafor' }], 'linkedin-profile');
    contextsChanged();
    await flush();
    expect(valueKind(store.getState().context)).toBe('linkedin-profile');
    expect(panelPeople(store.getState()).map((p) => p.url)).toEqual([BEN]);
  });

  it("saves to a campaign through the campaign's list and marks the rows", async () => {
    const { store, world } = setup();
    store.getState().start();
    await flush();
    await store.getState().bind(7);
    await store.getState().save({ kind: 'campaign', campaignId: 21 }, [ADA]);
    const add = world.calls.find((c) => c.name === 'addToList')?.data as {
      listId: number;
      prospects: { key: string; linkedinUrl?: string }[];
    };
    expect(add.listId).toBe(11);
    expect(add.prospects).toEqual([expect.objectContaining({ key: ADA, linkedinUrl: ADA })]);
    expect(store.getState().membership[ADA]).toBe('saving');
    expect(store.getState().notice).toBe('Adding 1 prospect to Leads.');
  });

  it('keeps a "Find e-mail" answer per person', async () => {
    const { store } = setup();
    await store.getState().bind(7);
    await store
      .getState()
      .findEmail(BEN, { firstName: 'Ben', lastName: 'Okafor', domain: 'northwind.example' });
    const found = store.getState().finder[BEN];
    expect(found?.status).toBe('ready');
  });

  it('shows the profile picked with "Enrich this profile" first, until dismissed', async () => {
    const picked = { url: 'https://www.linkedin.com/in/chen-wei' };
    const { store, clearFocus } = setup({}, picked);
    store.getState().start();
    await flush();
    await store.getState().bind(7);
    expect(panelPeople(store.getState())[0]).toEqual(picked);
    store.getState().dismissFocus();
    expect(panelPeople(store.getState()).map((p) => p.url)).toEqual([ADA, BEN]);
    expect(clearFocus).toHaveBeenCalledOnce();
  });

  it('exports the selected enriched profiles to CSV', async () => {
    const { store, saveFile } = setup({
      profiles: { [ADA]: { status: 'done', prospect: prospect('Ada Lindqvist', 'li:in:ada-lindqvist') } },
    });
    await store.getState().bind(7);
    store.getState().toggle(ADA, true);
    store.getState().exportSelected();
    // The CSV module is loaded on the first export.
    await vi.waitFor(() => {
      expect(saveFile).toHaveBeenCalledWith(
        'prospects-linkedin-2026-11-01.csv',
        expect.stringContaining('Ada'),
      );
    });
    expect(store.getState().notice).toBe('Exported 1 prospect to CSV.');
  });

  it('forgets the selection when it follows another tab', async () => {
    const { store } = setup();
    await store.getState().bind(7);
    store.getState().toggle(ADA, true);
    await store.getState().bind(8);
    expect(store.getState().selected).toEqual([]);
  });
});

function valueKind(
  remote: ReturnType<ReturnType<typeof createSidepanelStore>['getState']>['context'],
): string | undefined {
  return remote.status === 'ready' ? remote.value?.kind : undefined;
}
