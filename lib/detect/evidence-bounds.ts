// Kept apart from page-evidence.ts so the message protocol (lib/messaging/protocol/page.ts) shares the bound
// without importing detection code.

/**
 * E-mail sightings kept per page: collectPageEvidence stops there, and it is `reportPageEvidence`'s wire
 * bound. A staff directory lists thousands: 500 lost nine addresses in ten on a 5,000-person page
 * (bench/detect). 5,000 sightings are about 350 kB of JSON, serialised in a few milliseconds and far below
 * the browsers' message limits (64 MiB in Chrome); the background merges them by address, and the popup
 * shows the first 200.
 */
export const MAX_EMAILS = 5000;
