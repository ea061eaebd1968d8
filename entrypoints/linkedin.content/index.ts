import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    // Detection wiring arrives with lib/detect.
  },
});
