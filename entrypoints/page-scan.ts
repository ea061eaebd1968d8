/**
 * Injected on demand (activeTab + scripting.executeScript) when the user opens the popup on a site:
 * collects the page's company evidence and returns it to the background, which ranks it. No
 * listener, no DOM change, nothing left behind.
 */
import { defineUnlistedScript } from '#imports';
import { collectPageEvidence } from '../lib/detect/page-evidence';
import { toEvidenceReport } from '../lib/messaging/protocol/page';

export default defineUnlistedScript(() => toEvidenceReport(collectPageEvidence(document, location.href)));
