import { describe, expect, it, vi } from 'vitest';
import {
  createDashboardStore,
  parseRoute,
  routeHash,
  selectQuery,
} from '../../../../lib/state/dashboard-store';
import { ANSWER_FRESH_MS } from '../../../../lib/state/dashboard-store';
import type { AnswerCache, DashboardSend } from '../../../../lib/state/dashboard-store';
import type { SavedAnswer } from '../../../../lib/storage/dashboard-answers';
import { err, ok } from '../../../../lib/result';

const webhook = (id: number, status: 'active' | 'deactivated' = 'active') => ({
  id,
  end_point: 'https://h.example/x',
  event_object: 'campaign_reply',
  event_action: 'received',
  status,
  created_at: null,
  label: 'Reply received',
});

/** A fake background: answers from a table of handlers, records every message. */
function fakeSend(answers: Record<string, (data: unknown) => unknown>) {
  const sent: { name: string; data: unknown }[] = [];
  const send = vi.fn((name: string, data: unknown) => {
    sent.push({ name, data });
    const answer = answers[name];
    return answer ? Promise.resolve(answer(data)) : Promise.reject(new Error('no background'));
  });
  // The fake answers by name at run time; the store only sees the typed signature.
  return { send: send as unknown as DashboardSend, sent };
}

describe('dashboard routes', () => {
  it.each([
    ['', { view: 'campaigns' }],
    ['#/campaigns', { view: 'campaigns' }],
    ['#/campaigns/new', { view: 'new-campaign' }],
    ['#/campaigns/42', { view: 'campaign', campaignId: 42, tab: 'steps' }],
    ['#/campaigns/42/analytics', { view: 'campaign', campaignId: 42, tab: 'analytics' }],
    [
      '#/campaigns/42/replies/2026-abc',
      { view: 'campaign', campaignId: 42, tab: 'replies', replyKey: '2026-abc' },
    ],
    ['#/campaigns/42/nope', { view: 'campaign', campaignId: 42, tab: 'steps' }],
    ['#/campaigns/x1', { view: 'campaigns' }],
    ['#/webhooks', { view: 'webhooks' }],
    ['#/warm-up', { view: 'warm-up' }],
    ['#/javascript:alert(1)', { view: 'campaigns' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('routeHash is the inverse of parseRoute', () => {
    for (const hash of [
      '#/campaigns',
      '#/campaigns/new',
      '#/campaigns/7/replies/k-1',
      '#/senders',
      '#/analytics',
    ])
      expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});

describe('dashboard store', () => {
  it('loads a query once, keeps it while reloading, and types it by message', async () => {
    const { send, sent } = fakeSend({ listWebhooks: () => ok([webhook(8)]) });
    const store = createDashboardStore({ send, initialRoute: { view: 'webhooks' } });
    const pending = store.getState().load('listWebhooks', undefined);
    expect(selectQuery(store.getState(), 'listWebhooks', undefined)).toEqual({ status: 'loading' });
    await pending;
    await store.getState().load('listWebhooks', undefined);
    expect(sent).toHaveLength(1);
    expect(selectQuery(store.getState(), 'listWebhooks', undefined)).toEqual({
      status: 'ready',
      value: [webhook(8)],
    });
    const reload = store.getState().load('listWebhooks', undefined, { force: true });
    expect(selectQuery(store.getState(), 'listWebhooks', undefined)).toEqual({
      status: 'loading',
      value: [webhook(8)],
    });
    await reload;
  });

  it('a failed read is an error value; an unreachable background is one too', async () => {
    const { send } = fakeSend({ listSenderAccounts: () => err({ kind: 'not-connected' }) });
    const store = createDashboardStore({ send, initialRoute: { view: 'senders' } });
    await store.getState().load('listSenderAccounts', undefined);
    expect(selectQuery(store.getState(), 'listSenderAccounts', undefined)).toEqual({
      status: 'error',
      error: { kind: 'not-connected' },
    });
    await store.getState().load('listWarmUps', {});
    expect(selectQuery(store.getState(), 'listWarmUps', {})).toMatchObject({
      status: 'error',
      error: { kind: 'server', status: 0 },
    });
  });

  it('a successful write marks itself pending and reloads the queries it invalidates', async () => {
    let hooks = [webhook(8)];
    const { send, sent } = fakeSend({
      listWebhooks: () => ok(hooks),
      deleteWebhook: () => {
        hooks = [];
        return ok(true);
      },
      listSchedules: () => ok([]),
    });
    const store = createDashboardStore({ send, initialRoute: { view: 'webhooks' } });
    await store.getState().load('listWebhooks', undefined);
    await store.getState().load('listSchedules', undefined);
    const deleting = store.getState().mutate('deleteWebhook', { webhookId: 8 }, ['listWebhooks']);
    expect(store.getState().pending['deleteWebhook']).toBe(true);
    expect(await deleting).toEqual(ok(true));
    expect(store.getState().pending['deleteWebhook']).toBe(false);
    expect(selectQuery(store.getState(), 'listWebhooks', undefined)).toEqual({ status: 'ready', value: [] });
    expect(sent.map((message) => message.name)).toEqual([
      'listWebhooks',
      'listSchedules',
      'deleteWebhook',
      'listWebhooks',
    ]);
  });

  it('a refused write reloads nothing and returns the error', async () => {
    const { send, sent } = fakeSend({
      listWebhooks: () => ok([]),
      createWebhook: () => err({ kind: 'refused', message: 'Webhooks are available on premium plans only.' }),
    });
    const store = createDashboardStore({ send, initialRoute: { view: 'webhooks' } });
    await store.getState().load('listWebhooks', undefined);
    const result = await store
      .getState()
      .mutate(
        'createWebhook',
        { eventObject: 'campaign_reply', eventAction: 'received', endpointUrl: 'https://h.example/x' },
        ['listWebhooks'],
      );
    expect(result).toEqual(
      err({ kind: 'refused', message: 'Webhooks are available on premium plans only.' }),
    );
    expect(sent.map((message) => message.name)).toEqual(['listWebhooks', 'createWebhook']);
  });

  it('follows the route', () => {
    const { send } = fakeSend({});
    const store = createDashboardStore({ send, initialRoute: parseRoute('#/campaigns') });
    store.getState().setRoute(parseRoute('#/campaigns/5/replies/k'));
    expect(store.getState().route).toEqual({
      view: 'campaign',
      campaignId: 5,
      tab: 'replies',
      replyKey: 'k',
    });
  });
});

/** Session storage as the dashboard sees it: one record, read and written whole. */
function memoryCache(): AnswerCache & { answers: Record<string, SavedAnswer> } {
  const cache = {
    answers: {} as Record<string, SavedAnswer>,
    read: () => Promise.resolve(cache.answers),
    write: (answers: Readonly<Record<string, SavedAnswer>>) => {
      cache.answers = { ...answers };
      return Promise.resolve();
    },
  };
  return cache;
}

describe('answers kept across dashboard opens', () => {
  const open = (send: DashboardSend, cache: AnswerCache, now: () => number) =>
    createDashboardStore({ send, initialRoute: { view: 'webhooks' }, cache, now });

  it('a second open within the minute shows the saved answer without asking', async () => {
    const { send, sent } = fakeSend({ listWebhooks: () => ok([webhook(8)]) });
    const cache = memoryCache();
    let time = 1_000_000;
    await open(send, cache, () => time)
      .getState()
      .load('listWebhooks', undefined);
    time += ANSWER_FRESH_MS - 1;
    const again = open(send, cache, () => time);
    await again.getState().load('listWebhooks', undefined);
    expect(selectQuery(again.getState(), 'listWebhooks', undefined)).toEqual({
      status: 'ready',
      value: [webhook(8)],
    });
    expect(sent).toHaveLength(1);
  });

  it('an older answer is shown while the new one is asked for, then replaced', async () => {
    let answer: Promise<unknown> = Promise.resolve(ok([webhook(8)]));
    const { send, sent } = fakeSend({ listWebhooks: () => answer });
    const cache = memoryCache();
    let time = 1_000_000;
    await open(send, cache, () => time)
      .getState()
      .load('listWebhooks', undefined);
    time += ANSWER_FRESH_MS;
    let release = (): void => undefined;
    answer = new Promise((resolve) => {
      release = () => {
        resolve(ok([webhook(8), webhook(9)]));
      };
    });
    const later = open(send, cache, () => time);
    const loading = later.getState().load('listWebhooks', undefined);
    await vi.waitFor(() => {
      expect(selectQuery(later.getState(), 'listWebhooks', undefined)).toEqual({
        status: 'loading',
        value: [webhook(8)],
      });
    });
    release();
    await loading;
    expect(selectQuery(later.getState(), 'listWebhooks', undefined)).toEqual({
      status: 'ready',
      value: [webhook(8), webhook(9)],
    });
    expect(sent).toHaveLength(2);
    expect(cache.answers['listWebhooks:null']).toEqual({ at: time, value: [webhook(8), webhook(9)] });
  });

  it('Refresh asks even when the saved answer is fresh', async () => {
    const { send, sent } = fakeSend({ listWebhooks: () => ok([webhook(8)]) });
    const cache = memoryCache();
    await open(send, cache, () => 1)
      .getState()
      .load('listWebhooks', undefined);
    await open(send, cache, () => 2)
      .getState()
      .load('listWebhooks', undefined, { force: true });
    expect(sent).toHaveLength(2);
  });

  it('a write drops the saved answers it changes, also those this page never loaded', async () => {
    let hooks = [webhook(8)];
    const { send, sent } = fakeSend({
      listWebhooks: () => ok(hooks),
      listSchedules: () => ok([]),
      deleteWebhook: () => {
        hooks = [];
        return ok(true);
      },
    });
    const cache = memoryCache();
    const first = open(send, cache, () => 1);
    await first.getState().load('listWebhooks', undefined);
    await first.getState().load('listSchedules', undefined);
    // Another dashboard tab deletes the webhook without having loaded the list.
    await open(send, cache, () => 2)
      .getState()
      .mutate('deleteWebhook', { webhookId: 8 }, ['listWebhooks']);
    expect(Object.keys(cache.answers)).toEqual(['listSchedules:null']);
    const third = open(send, cache, () => 3);
    await third.getState().load('listWebhooks', undefined);
    expect(selectQuery(third.getState(), 'listWebhooks', undefined)).toEqual({ status: 'ready', value: [] });
    expect(sent.map((message) => message.name)).toEqual([
      'listWebhooks',
      'listSchedules',
      'deleteWebhook',
      'listWebhooks',
    ]);
  });

  it('a reloaded page asks again and saves what it gets', async () => {
    let hooks = [webhook(8)];
    const { send, sent } = fakeSend({ listWebhooks: () => ok(hooks) });
    const cache = memoryCache();
    await open(send, cache, () => 1)
      .getState()
      .load('listWebhooks', undefined);
    hooks = [];
    const reloaded = createDashboardStore({
      send,
      initialRoute: { view: 'webhooks' },
      cache,
      fresh: true,
      now: () => 2,
    });
    await reloaded.getState().load('listWebhooks', undefined);
    expect(selectQuery(reloaded.getState(), 'listWebhooks', undefined)).toEqual({
      status: 'ready',
      value: [],
    });
    expect(sent).toHaveLength(2);
    expect(cache.answers['listWebhooks:null']).toEqual({ at: 2, value: [] });
  });

  it('a failed answer is not saved', async () => {
    const { send } = fakeSend({ listSenderAccounts: () => err({ kind: 'offline' }) });
    const cache = memoryCache();
    await open(send, cache, () => 1)
      .getState()
      .load('listSenderAccounts', undefined);
    expect(cache.answers).toEqual({});
  });
});
