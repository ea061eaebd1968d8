import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolMap } from '../../../../lib/messaging/protocol';
import { createContentSender, createReportSender } from '../../../../lib/content/send-report';
import type { LinkedInPageSnapshot } from '../../../../lib/content/linkedin-page';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

// A one-listener runtime, enough for webext-core's receiving side to run for real.
function installRuntime(): { send: (message: unknown) => Promise<unknown> } {
  let listener: Listener | undefined;
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (fn: Listener) => {
          listener = fn;
        },
        removeListener: () => {
          listener = undefined;
        },
      },
    },
  });
  return {
    send: (message) =>
      new Promise((resolve) => {
        const isAsync = listener?.(message, { id: 'self', tab: { id: 4 }, frameId: 0 }, resolve) ?? false;
        if (!isAsync) resolve(undefined);
      }),
  };
}

const snapshot: LinkedInPageSnapshot = {
  url: 'https://www.linkedin.com/in/ada-lindqvist/',
  kind: 'profile',
  people: [{ url: 'https://www.linkedin.com/in/ada-lindqvist', name: 'Ada Lindqvist' }],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createReportSender speaks @webext-core/messaging 4', () => {
  it('is received by the real library with its payload intact, and returns the answer', async () => {
    const runtime = installRuntime();
    const { onMessage, removeAllListeners } =
      defineExtensionMessaging<Pick<ProtocolMap, 'reportLinkedInPage'>>();
    const received: unknown[] = [];
    onMessage('reportLinkedInPage', (message) => {
      received.push(message.data);
      return { ok: true as const, value: null };
    });
    const answer = await createReportSender(runtime.send)({
      ...snapshot,
      companyLinkedIn: 'https://www.linkedin.com/company/northwind',
    });
    expect(answer).toEqual({ ok: true, value: null });
    expect(received).toEqual([
      { ...snapshot, companyLinkedIn: 'https://www.linkedin.com/company/northwind' },
    ]);
    removeAllListeners();
  });

  it('rejects when the handler threw or nobody answered', async () => {
    const runtime = installRuntime();
    const { onMessage, removeAllListeners } =
      defineExtensionMessaging<Pick<ProtocolMap, 'reportLinkedInPage'>>();
    onMessage('reportLinkedInPage', () => {
      throw new Error('boom');
    });
    await expect(createReportSender(runtime.send)(snapshot)).rejects.toThrow('refused');
    removeAllListeners();
    await expect(createReportSender(() => Promise.resolve(undefined))(snapshot)).rejects.toThrow(
      'No response',
    );
  });
});

describe('createContentSender', () => {
  it('sends reportPageEvidence in the same wire format, received intact by the real library', async () => {
    const runtime = installRuntime();
    const { onMessage, removeAllListeners } =
      defineExtensionMessaging<Pick<ProtocolMap, 'reportPageEvidence'>>();
    const received: unknown[] = [];
    onMessage('reportPageEvidence', (message) => {
      received.push(message.data);
      return { ok: true as const, value: null };
    });
    const report = {
      url: 'https://northwind.example/about',
      organizations: [],
      emails: [{ address: 'hello@northwind.example', source: 'mailto' as const, region: 'footer' as const }],
      linkedInLinks: ['https://www.linkedin.com/company/northwind'],
    };
    const answer = await createContentSender(runtime.send)('reportPageEvidence', report);
    expect(answer).toEqual({ ok: true, value: null });
    expect(received).toEqual([report]);
    removeAllListeners();
  });
});

describe('createReportSender sends only new people on the same page', () => {
  const url = 'https://www.linkedin.com/search/results/people/';
  const person = (slug: string) => ({ url: `https://www.linkedin.com/in/${slug}`, name: slug });
  const answered = (sent: unknown[]) => (message: unknown) => {
    sent.push((message as { data: unknown }).data);
    return Promise.resolve({ res: { ok: true, value: null } });
  };

  it('appends what an incremental read added, and reports in full after a re-read or another page', async () => {
    const sent: unknown[] = [];
    const report = createReportSender(answered(sent));
    const first: LinkedInPageSnapshot = { url, kind: 'search', people: [person('a'), person('b')] };
    const added: LinkedInPageSnapshot = { ...first, people: [...first.people, person('c')] };
    await report(first);
    await report(added);
    await report({ ...added, people: added.people.map((p) => ({ ...p })) });
    await report({ url: `${url}?page=2`, kind: 'search', people: [person('d')] });
    expect(sent).toEqual([
      { url, kind: 'search', people: [person('a'), person('b')] },
      { url, kind: 'search', people: [person('c')], append: true },
      { url, kind: 'search', people: [person('a'), person('b'), person('c')] },
      { url: `${url}?page=2`, kind: 'search', people: [person('d')] },
    ]);
  });

  it('reports in full after a failed send', async () => {
    const sent: unknown[] = [];
    let fail = false;
    const report = createReportSender((message) =>
      fail ? Promise.reject(new Error('gone')) : answered(sent)(message),
    );
    const first: LinkedInPageSnapshot = { url, kind: 'search', people: [person('a')] };
    const second = { ...first, people: [...first.people, person('b')] };
    await report(first);
    fail = true;
    await expect(report(second)).rejects.toThrow('gone');
    fail = false;
    await report({ ...second, people: [...second.people, person('c')] });
    expect(sent.at(-1)).toEqual({ url, kind: 'search', people: [person('a'), person('b'), person('c')] });
  });

  it('is received by the real library with append intact', async () => {
    const runtime = installRuntime();
    const { onMessage, removeAllListeners } =
      defineExtensionMessaging<Pick<ProtocolMap, 'reportLinkedInPage'>>();
    const received: unknown[] = [];
    onMessage('reportLinkedInPage', (message) => {
      received.push(message.data);
      return { ok: true as const, value: null };
    });
    const report = createReportSender(runtime.send);
    const first: LinkedInPageSnapshot = { url, kind: 'search', people: [person('a')] };
    await report(first);
    await report({ ...first, people: [...first.people, person('b')] });
    expect(received.at(-1)).toEqual({ url, kind: 'search', people: [person('b')], append: true });
    removeAllListeners();
  });
});
