/**
 * Registered at run time (scripting.registerContentScripts) only on the origins the user granted
 * for automatic detection: collects the page's company evidence and reports it to the background.
 * It sends with the small content-script sender, not lib/messaging/client (webext-core and every
 * payload schema would more than double the script).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from '#imports';
import { createContentSender } from '../lib/content/send-report';
import { collectPageEvidence } from '../lib/detect/page-evidence';
import { toEvidenceReport } from '../lib/messaging/protocol/page';

export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  const sendMessage = createContentSender((message) => browser.runtime.sendMessage(message));
  void sendMessage(
    'reportPageEvidence',
    toEvidenceReport(collectPageEvidence(document, location.href)),
  ).catch(() => undefined);
});
