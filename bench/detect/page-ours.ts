/**
 * Injected into benchmark pages as an IIFE (bench/detect/bundle.ts): runs Prospector's own detection
 * code (lib/content, lib/detect) exactly as the content scripts wire it, with timing wrappers around
 * the only entry points the page can call into (the MutationObserver callback and the timers).
 */
import { createLinkedInPageReader, type LinkedInPageSnapshot } from '../../lib/content/linkedin-page';
import { createLinkedInWatcher } from '../../lib/content/linkedin-watcher';
import { createReportSender } from '../../lib/content/send-report';
import { collectPageEvidence, type PageEvidence } from '../../lib/detect/page-evidence';

/** Main-thread time spent in our callbacks, and how many times the page called into us. */
interface Probe {
  ms: number;
  calls: number;
}

/** What the scroll run measured. */
export interface ScrollRun {
  readonly batchMs: number[];
  readonly batchCalls: number[];
  readonly reported: number;
  readonly idle: Probe;
  readonly noisyIdle: Probe;
}

declare global {
  interface Window {
    prospectorBench?: {
      searchPass: () => { ms: number; snapshot: LinkedInPageSnapshot | undefined };
      companyPass: () => { ms: number; evidence: PageEvidence };
      scrollRun: (options: {
        readonly batches: number;
        readonly idleMs: number;
        readonly serialize: boolean;
      }) => Promise<ScrollRun>;
    };
    /** The last pass's full result, read after its timing (bench/detect/run.ts). */
    prospectorLast?: unknown;
  }
}

interface WatchOptions {
  readonly debounceMs: number;
  /** Whether the stand-in for runtime.sendMessage serialises the message, as Chrome does. */
  readonly serialize: boolean;
}

function watch(probe: Probe, onReport: (snapshot: LinkedInPageSnapshot) => void, options: WatchOptions) {
  const timed =
    <A extends unknown[]>(callback: (...args: A) => void) =>
    (...args: A): void => {
      const start = performance.now();
      try {
        callback(...args);
      } finally {
        probe.ms += performance.now() - start;
        probe.calls += 1;
      }
    };
  class TimedObserver extends MutationObserver {
    constructor(callback: MutationCallback) {
      super(timed(callback));
    }
  }
  let last: LinkedInPageSnapshot | undefined;
  // Chrome serialises extension messages; JSON.stringify stands in for runtime.sendMessage's cost.
  const send = (message: unknown): Promise<unknown> => {
    if (options.serialize) JSON.stringify(message);
    if (last !== undefined) onReport(last);
    return Promise.resolve({ res: null });
  };
  const sender = createReportSender(send);
  return createLinkedInWatcher({
    document,
    MutationObserver: TimedObserver,
    currentUrl: () => location.href,
    reader: createLinkedInPageReader(),
    report: (snapshot) => {
      last = snapshot;
      return sender(snapshot);
    },
    timers: {
      setTimeout: (handler, ms) => window.setTimeout(timed(handler), ms),
      clearTimeout: (id) => {
        window.clearTimeout(id);
      },
      now: () => performance.now(),
    },
    debounceMs: options.debounceMs,
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function idleFor(probe: Probe, ms: number, noise: boolean): Promise<Probe> {
  probe.ms = 0;
  probe.calls = 0;
  // LinkedIn keeps ticking while nobody scrolls: "3m ago" labels and presence dots change text and attributes.
  const clock = document.createElement('time');
  document.querySelector('header')?.append(clock);
  await sleep(50);
  probe.ms = 0;
  probe.calls = 0;
  const timer = noise
    ? setInterval(() => {
        clock.textContent = `${Date.now() % 60}m ago`;
        clock.setAttribute('data-tick', String(Date.now()));
      }, 50)
    : undefined;
  await sleep(ms);
  clearInterval(timer);
  return { ...probe };
}

window.prospectorBench = {
  searchPass() {
    let snapshot: LinkedInPageSnapshot | undefined;
    const watcher = watch(
      { ms: 0, calls: 0 },
      (seen) => {
        snapshot = seen;
      },
      { debounceMs: 300, serialize: true },
    );
    const start = performance.now();
    watcher.start();
    const ms = performance.now() - start;
    watcher.stop();
    return { ms, snapshot };
  },
  companyPass() {
    const start = performance.now();
    const evidence = collectPageEvidence(document, location.href);
    return { ms: performance.now() - start, evidence };
  },
  async scrollRun({ batches, idleMs, serialize }) {
    const probe: Probe = { ms: 0, calls: 0 };
    let reported = 0;
    let flushed: (() => void) | undefined;
    const watcher = watch(
      probe,
      (snapshot) => {
        reported = snapshot.people.length;
        flushed?.();
      },
      { debounceMs: 5, serialize },
    );
    watcher.start();
    const list = document.querySelector('main ul');
    const templates = [...document.querySelectorAll('template')];
    const batchMs: number[] = [];
    const batchCalls: number[] = [];
    for (const template of templates.slice(0, batches)) {
      probe.ms = 0;
      probe.calls = 0;
      const done = new Promise<void>((resolve) => {
        flushed = resolve;
        setTimeout(resolve, 1000);
      });
      list?.append(template.content.cloneNode(true));
      await done;
      await sleep(0);
      batchMs.push(probe.ms);
      batchCalls.push(probe.calls);
    }
    const idle = await idleFor(probe, idleMs, false);
    const noisyIdle = await idleFor(probe, idleMs, true);
    watcher.stop();
    return { batchMs, batchCalls, reported, idle, noisyIdle };
  },
};
