// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createOptionsStore, siteOrigin } from '../../../../lib/state/options-store';
import { DEFAULT_SETTINGS, settingsToJson } from '../../../../lib/storage/settings-schema';
import type { Settings } from '../../../../lib/storage/settings-schema';
import { fakeSend } from './fake-send';

function setup(granted = true) {
  let stored: Settings = DEFAULT_SETTINGS;
  const { send, calls } = fakeSend({
    getLists: () => ({ ok: true, value: [{ id: 3, name: 'Leads', contacts: 1 }] }),
    clearCache: () => ({ ok: true, value: { removed: 4 } }),
  });
  const requestOrigins = vi.fn(() => Promise.resolve(granted));
  const removeOrigins = vi.fn(() => Promise.resolve(true));
  const store = createOptionsStore({
    send,
    readSettings: () => Promise.resolve(stored),
    writeSettings: (next) => {
      stored = next;
      return Promise.resolve();
    },
    watchSettings: () => () => undefined,
    requestOrigins,
    removeOrigins,
    hasOrigins: (patterns) => Promise.resolve(patterns[0] === 'https://kept.example/*'),
  });
  return { store, calls, requestOrigins, removeOrigins, stored: () => stored };
}

describe('options store', () => {
  it.each([
    ['acme.com', 'https://acme.com'],
    ['https://www.acme.com/about?x=1', 'https://www.acme.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['javascript:alert(1)', null],
    ['localhost', null],
    ['', null],
  ])('reads the site %j as origin %j', (input, expected) => {
    expect(siteOrigin(input)).toBe(expected);
  });

  it('grants detection on a site only after the permission is granted', async () => {
    const { store, requestOrigins, stored } = setup();
    await store.getState().load();
    await store.getState().addSite('acme.com');
    expect(requestOrigins).toHaveBeenCalledWith(['https://acme.com/*']);
    expect(stored().autoDetectOrigins).toEqual(['https://acme.com']);
  });

  it('keeps the site off when the permission is refused', async () => {
    const { store, stored } = setup(false);
    await store.getState().load();
    await store.getState().addSite('acme.com');
    expect(stored().autoDetectOrigins).toEqual([]);
    expect(store.getState().problem).toMatch(/not granted/);
  });

  it('revokes the permission when a site is turned off', async () => {
    const { store, removeOrigins, stored } = setup();
    await store.getState().load();
    await store.getState().addSite('acme.com');
    await store.getState().removeSite('https://acme.com');
    expect(removeOrigins).toHaveBeenCalledWith(['https://acme.com/*']);
    expect(stored().autoDetectOrigins).toEqual([]);
  });

  it('exports settings without secrets and imports them back', async () => {
    const { store, stored } = setup();
    await store.getState().load();
    const json = store.getState().exportJson() ?? '';
    expect(json).not.toMatch(/secret|token|clientId/i);
    const file = settingsToJson({
      ...DEFAULT_SETTINGS,
      cacheTtlHours: 12,
      autoDetectOrigins: ['https://kept.example', 'https://dropped.example'],
    });
    await store.getState().importJson(file);
    expect(stored().cacheTtlHours).toBe(12);
    expect(stored().autoDetectOrigins).toEqual(['https://kept.example']);
    expect(store.getState().notice).toMatch(/1 site\(s\) need permission again/);
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"other"}', /not a Prospector settings file/],
    [
      JSON.stringify({
        format: 'prospector-settings',
        version: 2,
        settings: { ...DEFAULT_SETTINGS, clientSecret: 'x' },
      }),
      /not a Prospector settings file/,
    ],
    [
      JSON.stringify({
        format: 'prospector-settings',
        version: 2,
        settings: { ...DEFAULT_SETTINGS, baseUrl: 'javascript:alert(1)' },
      }),
      /baseUrl/,
    ],
  ])('refuses a bad import file: %s', async (text, message) => {
    const { store, stored } = setup();
    await store.getState().load();
    await store.getState().importJson(text);
    expect(store.getState().problem).toMatch(message);
    expect(stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('clears the cache and says how much', async () => {
    const { store } = setup();
    await store.getState().clearCache();
    expect(store.getState().notice).toBe('Cache cleared (4 entries).');
  });

  it('loads lists for the default-list picker', async () => {
    const { store, calls } = setup();
    await store.getState().loadLists();
    expect(calls[0]).toEqual({ name: 'getLists', data: { refresh: true } });
    expect(store.getState().lists.status).toBe('ready');
  });
});
