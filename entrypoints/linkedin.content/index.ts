import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { createLinkedInPageReader } from '../../lib/content/linkedin-page';
import { createLinkedInWatcher } from '../../lib/content/linkedin-watcher';
import { createReportSender } from '../../lib/content/send-report';

// LinkedIn scans pages for installed extensions: this script adds nothing to the DOM, declares no
// web-accessible resources and never puts a chrome-extension:// URL in the page.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watcher = createLinkedInWatcher({
      document,
      MutationObserver: window.MutationObserver,
      currentUrl: () => location.href,
      reader: createLinkedInPageReader(),
      report: createReportSender((message) => browser.runtime.sendMessage(message)),
      timers: {
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        clearTimeout: (id) => {
          window.clearTimeout(id);
        },
        now: () => performance.now(),
      },
    });
    // WXT dispatches this from the Navigation API where present, else from a 1 s URL poll.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watcher.navigate();
    });
    ctx.onInvalidated(watcher.stop);
    watcher.start();
  },
});
