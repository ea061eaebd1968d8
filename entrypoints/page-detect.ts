/**
 * Registered at run time (scripting.registerContentScripts) only on the origins the user granted
 * for automatic detection: collects the page's company evidence and reports it to the background.
 */
import { defineUnlistedScript } from '#imports';
import { collectPageEvidence } from '../lib/detect/page-evidence';
import { sendMessage } from '../lib/messaging/client';
import { toEvidenceReport } from '../lib/messaging/protocol/page';

export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  void sendMessage(
    'reportPageEvidence',
    toEvidenceReport(collectPageEvidence(document, location.href)),
  ).catch(() => undefined);
});
