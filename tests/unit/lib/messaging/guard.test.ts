// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { classifySender, guardMessage } from '../../../../lib/messaging/guard';
import type { SenderFields } from '../../../../lib/messaging/guard';
import { payloadSchemas, senderPolicy } from '../../../../lib/messaging/protocol';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const senders = {
  extensionPage: { id: 'ours', url: 'chrome-extension://ours/popup.html' },
  extensionPageInTab: {
    id: 'ours',
    url: 'chrome-extension://ours/dashboard.html',
    tab: { id: 4 },
    frameId: 0,
  },
  contentTop: { id: 'ours', url: 'https://www.linkedin.com/in/someone', tab: { id: 7 }, frameId: 0 },
  contentSubframe: { id: 'ours', url: 'https://ads.example/frame', tab: { id: 7 }, frameId: 3 },
  foreignExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  noId: { url: 'https://evil.example/' },
  lookalikeUrl: {
    id: 'ours',
    url: 'https://evil.example/chrome-extension://ours/',
    tab: { id: 9 },
    frameId: 0,
  },
} satisfies Record<string, SenderFields>;

const rules = { payloadSchemas, senderPolicy };

describe('classifySender', () => {
  it.each([
    ['extensionPage', 'extension-page'],
    ['extensionPageInTab', 'extension-page'],
    ['contentTop', 'content-top-frame'],
    ['contentSubframe', 'content-subframe'],
    ['lookalikeUrl', 'content-top-frame'],
  ] as const)('%s is %s', (name, kind) => {
    expect(classifySender(senders[name], self)).toEqual({ ok: true, value: kind });
  });

  it.each(['foreignExtension', 'noId'] as const)('%s is refused as foreign', (name) => {
    expect(classifySender(senders[name], self)).toEqual({ ok: false, error: { reason: 'foreign-sender' } });
  });

  it('refuses an own-id sender with neither our URL nor a tab', () => {
    expect(classifySender({ id: 'ours', url: 'https://x.example/' }, self)).toEqual({
      ok: false,
      error: { reason: 'unknown-sender' },
    });
  });
});

describe('guardMessage', () => {
  const validCredentials = { clientId: 'id', clientSecret: 'secret', baseUrl: 'http://127.0.0.1:8787' };

  it('accepts a valid message from an allowed sender and returns the parsed payload', () => {
    const result = guardMessage(
      {
        type: 'saveCredentials',
        data: { ...validCredentials, clientId: '  id ' },
        sender: senders.extensionPage,
      },
      rules,
      self,
    );
    expect(result).toEqual({
      ok: true,
      value: { type: 'saveCredentials', data: validCredentials, sender: 'extension-page', tabId: undefined },
    });
  });

  it('refuses credentials sent by a content script, even on the top frame', () => {
    const result = guardMessage(
      { type: 'saveCredentials', data: validCredentials, sender: senders.contentTop },
      rules,
      self,
    );
    expect(result).toEqual({
      ok: false,
      error: { reason: 'sender-not-allowed', type: 'saveCredentials', sender: 'content-top-frame' },
    });
  });

  it('refuses page reports from subframes', () => {
    const data = { url: 'https://www.linkedin.com/in/a', kind: 'profile', people: [] };
    const result = guardMessage(
      { type: 'reportLinkedInPage', data, sender: senders.contentSubframe },
      rules,
      self,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('sender-not-allowed');
  });

  it('refuses messages from other extensions before looking at them', () => {
    const result = guardMessage(
      { type: 'getAuthState', data: undefined, sender: senders.foreignExtension },
      rules,
      self,
    );
    expect(result).toEqual({ ok: false, error: { reason: 'foreign-sender' } });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'notAMessage'])(
    'refuses the unknown type %s',
    (type) => {
      const result = guardMessage({ type, data: undefined, sender: senders.extensionPage }, rules, self);
      expect(result).toEqual({ ok: false, error: { reason: 'unknown-type', type } });
    },
  );

  it('refuses extra keys', () => {
    const result = guardMessage(
      { type: 'saveCredentials', data: { ...validCredentials, admin: true }, sender: senders.extensionPage },
      rules,
      self,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('invalid-payload');
  });

  it('refuses a __proto__ key smuggled through JSON', () => {
    const data: unknown = JSON.parse(
      '{"clientId":"a","clientSecret":"b","baseUrl":"https://api.snov.io","__proto__":{"polluted":true}}',
    );
    const result = guardMessage(
      { type: 'saveCredentials', data, sender: senders.extensionPage },
      rules,
      self,
    );
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a javascript: base URL', () => {
    const result = guardMessage(
      {
        type: 'saveCredentials',
        data: { ...validCredentials, baseUrl: 'javascript:alert(1)' },
        sender: senders.extensionPage,
      },
      rules,
      self,
    );
    expect(result.ok).toBe(false);
  });

  it('every message has a schema and at least one allowed sender', () => {
    expect(Object.keys(payloadSchemas).sort()).toEqual(Object.keys(senderPolicy).sort());
    for (const [name, policy] of Object.entries(senderPolicy)) {
      expect(policy.length, name).toBeGreaterThan(0);
      expect(v.safeParse(payloadSchemas[name] ?? v.never(), Symbol('x')).success, name).toBe(false);
    }
  });
});
