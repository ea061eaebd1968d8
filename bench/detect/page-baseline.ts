/**
 * The baseline, injected as an IIFE: the generic approach a user would reach for without our code.
 * linkify-it over the page text (e-mails and URLs), tldts for registrable domains, and a regex over
 * the page's links for LinkedIn URLs. The text is `innerText`: `textContent` glues adjacent blocks
 * ("ada.silva0ada.silva0@…") into false addresses. linkify-it only knows real TLDs; the generated
 * pages use the reserved `.example` TLD, so it is added, as a user testing on those pages would.
 */
import { LinkifyIt } from 'linkify-it';
import { getDomain } from 'tldts';

/** What the baseline reports. */
export interface BaselineResult {
  readonly emails: string[];
  readonly linkedIn: { kind: string; id: string }[];
  readonly topDomain: string | null;
  readonly domains: number;
}

declare global {
  interface Window {
    prospectorBaseline?: { pass: (mode: 'full' | 'links') => { ms: number; result: BaselineResult } };
  }
}

const linkify = new LinkifyIt().tlds('example', true);
const LINKEDIN = /https?:\/\/(?:[\w-]+\.)?linkedin\.com\/(in|company|school|showcase)\/([^/?#\s"'<>]+)/gi;

function linkedInOf(text: string): { kind: string; id: string }[] {
  return [...text.matchAll(LINKEDIN)].map((match) => ({
    kind: (match[1] ?? '').toLowerCase(),
    id: match[2] ?? '',
  }));
}

function run(mode: 'full' | 'links'): BaselineResult {
  const hrefs = Array.from(document.links, (link) => link.href).join('\n');
  const linkedIn = linkedInOf(hrefs);
  if (mode === 'links') return { emails: [], linkedIn, topDomain: null, domains: 0 };
  const matches = linkify.match(document.body.innerText) ?? [];
  const emails = matches
    .filter((match) => match.schema === 'mailto:')
    .map((match) => match.url.replace(/^mailto:/, '').toLowerCase());
  const urls = matches.filter((match) => match.schema !== 'mailto:').map((match) => match.url);
  const counts = new Map<string, number>();
  for (const value of [
    ...urls,
    ...hrefs.split('\n'),
    ...emails.map((email) => `http://${email.slice(email.indexOf('@') + 1)}`),
  ]) {
    const domain = getDomain(value);
    if (domain !== null) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  // The page's own registrable domain is the generic guess for "the company's domain".
  return {
    emails: [...new Set(emails)],
    linkedIn,
    topDomain: getDomain(location.href),
    domains: counts.size,
  };
}

window.prospectorBaseline = {
  pass(mode) {
    const start = performance.now();
    const result = run(mode);
    return { ms: performance.now() - start, result };
  },
};
