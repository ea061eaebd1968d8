import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1 from '../../../fixtures/settings/v1.json';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettingsV1,
  parseSettings,
} from '../../../../lib/storage/settings-schema';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('defaults to the real API with a week of cache and notifications off', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      baseUrl: 'https://api.snov.io',
      cacheTtlHours: 168,
      defaultListId: null,
      autoDetectOrigins: [],
      replyNotifications: { enabled: false, intervalMinutes: 15 },
    });
  });

  it('migrates the v1 fixture to the current version', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateSettingsV1(v1)).toEqual({
      ...DEFAULT_SETTINGS,
      baseUrl: 'http://127.0.0.1:9999',
      cacheTtlHours: 12,
    });
  });

  it('walks every stored version up to the latest through the storage item', async () => {
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const { settingsItem } = await import('../../../../lib/storage/items');
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      baseUrl: 'http://127.0.0.1:9999',
      cacheTtlHours: 12,
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it.each([
    null,
    42,
    'x',
    { baseUrl: 'not a url', cacheTtlHours: -1 },
    { replyNotifications: { enabled: 'yes' } },
  ])('falls back field by field on a broken stored shape: %j', (raw) => {
    const parsed = parseSettings(raw);
    expect(parsed.baseUrl).toBe('https://api.snov.io');
    expect(parsed.cacheTtlHours).toBe(168);
    expect(parsed.replyNotifications.enabled).toBe(false);
  });
});
