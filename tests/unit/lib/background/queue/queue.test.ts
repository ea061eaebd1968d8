import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobView } from '../../../../../lib/messaging/protocol/dto';
import { enrichProfiles, getProfiles } from '../../../../../lib/background/prospecting/enrich';
import type { Services } from '../../../../../lib/background/services';
import { buildServices, createFakeApi, fakeClock, profileUrls } from '../fakes';
import { OFFLINE_RECHECK_MS } from '../../../../../lib/background/queue/plan';

async function enrich(services: Services, urls: string[]) {
  const job = await enrichProfiles(services, urls);
  if (!job.ok) throw new Error(job.error.kind);
  return job.value;
}

async function jobs(): Promise<JobView[]> {
  const stored = await fakeBrowser.storage.local.get('jobs');
  return (stored['jobs'] as JobView[] | undefined) ?? [];
}

/** Records every status the UI could have seen for jobs (local:jobs is rewritten on each change). */
function recordStatuses(): string[] {
  const seen: string[] = [];
  fakeBrowser.storage.onChanged.addListener((changes) => {
    const views = changes['jobs']?.newValue as JobView[] | undefined;
    for (const view of views ?? []) seen.push(`${view.status}:${view.errorKind ?? ''}`);
  });
  return seen;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('batching and the cache', () => {
  it('enriches 25 profiles with 3 starts, and a repeat costs no request', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, pendingPolls: 2 });
    const { services } = buildServices(api, clock);
    const urls = profileUrls(25);

    const first = await enrich(services, urls);
    await services.queue.whenSettled(first.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(3);
    expect((await jobs()).find((job) => job.id === first.jobId)).toMatchObject({
      status: 'done',
      total: 25,
      done: 25,
      failed: 0,
    });

    const before = api.calls.length;
    const again = await enrich(services, urls);
    await services.queue.whenSettled(again.entryIds);
    expect(api.calls.length).toBe(before);
    const profiles = await getProfiles(services, urls);
    expect(Object.values(profiles).every((entry) => entry.status === 'done')).toBe(true);
  });

  it('pays again once the cache entry has expired (cacheTtlHours)', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const { services } = buildServices(api, clock);
    const [url = ''] = profileUrls(1);
    await services.queue.whenSettled((await enrich(services, [url])).entryIds);
    clock.advance(167 * 3_600_000);
    await services.queue.whenSettled((await enrich(services, [url])).entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(1);
    clock.advance(2 * 3_600_000);
    await services.queue.whenSettled((await enrich(services, [url])).entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(2);
  });

  it('joins two concurrent asks for one profile into one start', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, pendingPolls: 1 });
    const { services } = buildServices(api, clock);
    const url = 'https://uk.linkedin.com/in/Jane-Doe/?trk=x';
    const [a, b] = await Promise.all([
      enrich(services, [url]),
      enrich(services, ['https://www.linkedin.com/in/jane-doe']),
    ]);
    await services.queue.whenSettled([...a.entryIds, ...b.entryIds]);
    expect(api.count('linkedinProfiles.start')).toBe(1);
    expect((await jobs()).map((job) => job.status)).toEqual(['done', 'done']);
  });

  it('marks a failed batch failed and finishes the others', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, startErrors: [undefined, { kind: 'server', status: 500 }] });
    const { services } = buildServices(api, clock);
    const urls = [...profileUrls(24), 'https://www.linkedin.com/in/nobody-here'];
    const job = await enrich(services, urls);
    await services.queue.whenSettled(job.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(3);
    expect((await jobs())[0]).toMatchObject({ status: 'done', done: 15, failed: 10, errorKind: 'server' });
    const profiles = await getProfiles(services, urls);
    expect(profiles['https://www.linkedin.com/in/nobody-here']).toEqual({ status: 'not-found' });
    expect(Object.values(profiles).filter((entry) => entry.status === 'failed')).toHaveLength(10);
  });

  it('refuses a URL that is not a LinkedIn profile before any request', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const { services } = buildServices(api, clock);
    const result = await enrichProfiles(services, [
      'https://www.linkedin.com/in/ok',
      'https://linkedin.com.evil.example/in/x',
    ]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'urls[1]' } });
    expect(api.calls).toHaveLength(0);
  });
});

describe('a worker killed mid-task', () => {
  it('re-polls the started task by its hash on restart and never starts it again', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, hangPolls: true });
    const first = buildServices(api, clock).services;
    const job = await enrich(first, profileUrls(5));
    await vi.waitFor(() => {
      expect(api.count('linkedinProfiles.result')).toBe(1);
    });

    // The worker "dies": a new instance over the same storage picks the work up.
    api.options.hangPolls = false;
    const second = buildServices(api, clock).services;
    await second.queue.resume();
    await second.queue.whenSettled(job.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(1);
    expect(
      api.calls.filter((call) => call.route === 'linkedinProfiles.result').map((call) => call.input),
    ).toEqual(['hash-1', 'hash-1']);
    expect((await jobs())[0]).toMatchObject({ status: 'done', done: 5 });
  });

  it('does not re-send a start that was in flight: its rows fail with a retry hint', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, hangStarts: true });
    const job = await enrich(buildServices(api, clock).services, profileUrls(2));
    await vi.waitFor(() => {
      expect(api.count('linkedinProfiles.start')).toBe(1);
    });
    api.options.hangStarts = false;
    const second = buildServices(api, clock).services;
    await second.queue.resume();
    await second.queue.whenSettled(job.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(1);
    expect((await jobs())[0]).toMatchObject({ status: 'failed', failed: 2 });

    await second.queue.retry(job.jobId);
    await second.queue.whenSettled(job.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(2);
    expect((await jobs())[0]).toMatchObject({ status: 'done', done: 2 });
  });
});

describe('waiting', () => {
  it('waits while offline and resumes when the network returns', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const harness = buildServices(api, clock);
    harness.online = false;
    const job = await enrich(harness.services, profileUrls(3));
    await harness.services.queue.idle();
    expect(api.calls).toHaveLength(0);
    expect((await jobs())[0]).toMatchObject({ status: 'waiting', errorKind: 'offline' });
    expect(harness.wakes.length).toBeGreaterThan(0);

    harness.online = true;
    await harness.services.queue.onOnline();
    await harness.services.queue.whenSettled(job.entryIds);
    expect(api.count('linkedinProfiles.start')).toBe(1);
    expect((await jobs())[0]).toMatchObject({ status: 'done', done: 3 });
  });

  it('pauses as soon as the browser reports offline, not when a request fails, and resumes online', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, hangStarts: true });
    const harness = buildServices(api, clock);
    await enrich(harness.services, profileUrls(3));
    await vi.waitFor(() => {
      expect(api.count('linkedinProfiles.start')).toBe(1);
    });
    expect((await jobs())[0]).toMatchObject({ status: 'running' });

    harness.online = false;
    const wakesBefore = harness.wakes.length;
    const offlineAt = clock.now();
    await harness.services.queue.onOffline();
    expect((await jobs())[0]).toMatchObject({ status: 'waiting', errorKind: 'offline' });
    expect(harness.wakes.slice(wakesBefore)).toContain(offlineAt + OFFLINE_RECHECK_MS);
    expect(api.calls).toHaveLength(1);

    harness.online = true;
    await harness.services.queue.onOnline();
    expect((await jobs())[0]).toMatchObject({ status: 'running' });
  });

  it('waits out a 429 and then sends', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock, startErrors: [{ kind: 'rate-limited', retryAfterMs: 20_000 }] });
    const { services } = buildServices(api, clock);
    const statuses = recordStatuses();
    const job = await enrich(services, profileUrls(3));
    await services.queue.whenSettled(job.entryIds);
    const starts = api.calls.filter((call) => call.route === 'linkedinProfiles.start');
    expect(starts).toHaveLength(2);
    expect((starts[1]?.at ?? 0) - (starts[0]?.at ?? 0)).toBeGreaterThanOrEqual(20_000);
    expect(statuses).toContain('waiting:rate-limited');
    expect((await jobs())[0]).toMatchObject({ status: 'done', done: 3 });
  });

  it('cancels queued work that has not been sent', async () => {
    const clock = fakeClock();
    const api = createFakeApi({ clock });
    const harness = buildServices(api, clock);
    harness.online = false;
    const job = await enrich(harness.services, profileUrls(3));
    await harness.services.queue.cancel(job.jobId);
    harness.online = true;
    await harness.services.queue.onOnline();
    await harness.services.queue.idle();
    expect(api.calls).toHaveLength(0);
    expect((await jobs())[0]).toMatchObject({ status: 'cancelled' });
  });
});
