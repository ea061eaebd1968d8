// Every DOM query the LinkedIn detectors make. URL-first and semantic anchors only: never class names
// (LinkedIn hashes them in the 2025 layout) and never UI text (it is localised). Each export names the
// page variants where it was seen; tests/unit/lib/detect/linkedin/selectors.test.ts proves each one
// matches at least one fixture in tests/fixtures/linkedin/.

/** Main landmark. Seen 2025-11 on profile, search, Sales Navigator and company pages, classic and 2025 layouts. */
export const mainLandmark = 'main, [role="main"]';

/** The viewed member's or company's name: the page's only `<h1>` inside main. Seen 2025-11 on profile (both layouts) and company pages. */
export const pageHeading = 'main h1, [role="main"] h1';

/** The profile top card: the `<section>` around the `<h1>`. Seen 2025-11 on profile pages, both layouts. */
export const topCardSection = 'section';

/** Links to a member: public profiles, Sales Navigator leads. Seen 2025-11 in search results (both layouts), Sales Navigator lists, profile top cards. */
export const personLink = 'a[href*="/in/"], a[href*="/sales/lead/"], a[href*="/sales/people/"]';

/** One row of a results list. Seen 2025-11: classic search `<li>`, 2025 search `[role="listitem"]`, Sales Navigator `<li>`. */
export const resultItem = 'li, [role="listitem"]';

/** Links to a company page (`/company/…`, `/sales/company/…`). Seen 2025-11 in profile top cards/experience, Sales Navigator rows. */
export const companyLink = 'a[href*="/company/"]';

/** A results row's member and company links, in one query. Seen 2025-11 wherever `personLink` and `companyLink` are. */
export const rowLink = `${personLink}, ${companyLink}`;

/** Every link; results pages read `href` once per link and test it with the patterns below. Seen 2025-11 on all LinkedIn fixtures. */
export const anyLink = 'a';

// `rowLink` and `companyLink` as tests of an `href` already read (CSS `*=` is a case-sensitive substring
// match, and so are these). On a 1,000-result page, matching the four `[href*=…]` selectors in
// querySelectorAll cost more than reading every link's href and testing it; selectors.test.ts proves the
// patterns select exactly the links the selectors do, in every fixture.
/** `rowLink`'s test on an href. */
export const rowLinkHref = /\/(?:in|sales\/lead|sales\/people|company)\//;
/** `companyLink`'s test on an href. */
export const companyLinkHref = /\/company\//;

/** The contact-info overlay link; the location sits just before it. Seen 2025-11 in profile top cards, both layouts. */
export const contactInfoLink = 'a[href*="/overlay/contact-info"]';

/** Visible half of a visible/screen-reader text pair (the other half is in the UI language). Seen 2025-11 in classic search result names and badges. */
export const visibleTwin = 'span[aria-hidden="true"]';

/** Sales Navigator's anonymisation hooks, stable across its layouts. Seen 2025-11 in Sales Navigator lead lists. */
export const salesNavigatorField = {
  title: '[data-anonymize="title"]',
  company: '[data-anonymize="company-name"]',
  location: '[data-anonymize="location"]',
} as const;

/** Elements whose text is never a headline/location: controls, the name itself, icons. Seen 2025-11 on all LinkedIn fixtures. */
export const nonContentText = 'a, button, [role="button"], h1, svg, img, time, script, style, template';

// `nonContentText` and `visibleTwin` as tests of an element already in hand. The text walk asks them of
// nearly every element after a results row's name, and a `matches()` of a ten-part selector list cost more
// than the rest of the walk (bench/detect); selectors.test.ts proves each test and its selector agree on
// every element of every fixture. CSS type selectors match an HTML element's lowercase `localName`, and
// `role` and `aria-hidden` values are case-sensitive in HTML, as compared here.
const NON_CONTENT_TAGS = new Set(['a', 'button', 'h1', 'svg', 'img', 'time', 'script', 'style', 'template']);

/** `nonContentText`'s test on an element. */
export function isNonContentText(element: Element): boolean {
  return NON_CONTENT_TAGS.has(element.localName) || element.getAttribute('role') === 'button';
}

/** `visibleTwin`'s test on an element. */
export function isVisibleTwinElement(element: Element): boolean {
  return element.localName === 'span' && element.getAttribute('aria-hidden') === 'true';
}

/** The canonical URL (public slug even when the address bar has a member token). Seen 2025-11 on profile and company pages. */
export const canonicalLink = 'link[rel="canonical"]';

/** schema.org `Person` data on logged-out public profiles. Seen 2025-11 on public (guest) profile pages. */
export const jsonLdScript = 'script[type="application/ld+json"]';

/** External links on a company page; the website goes through LinkedIn's `/redir/redirect?url=` hop or is direct. Seen 2025-11 on company About pages. */
export const externalLink = 'main a[href^="http"], [role="main"] a[href^="http"]';
