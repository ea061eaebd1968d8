import { parse } from 'tldts';
import { err, ok, type Result } from '../result';
import { normaliseHost } from './host';

export { normaliseHost } from './host';

/** The registrable domain behind a host, with what kind of site it is. Domains are ASCII (punycode). */
export interface SiteDomain {
  readonly domain: string;
  readonly hostname: string;
  /** A tenant on a shared platform from the PSL private section (`acme.github.io`, `acme.blogspot.com`). */
  readonly hostedPlatform: boolean;
  /** A social network, directory or platform that is never "the company" by itself. */
  readonly isSocial: boolean;
}

/** Why a page yields no site-domain candidate. */
export type SiteDomainSkip = 'malformed' | 'not-web' | 'ip' | 'localhost' | 'no-registrable-domain';

// Registrable domains of networks, directories and platforms that host other people's content.
const SOCIAL_DOMAINS = new Set([
  'linkedin.com',
  'lnkd.in',
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'x.com',
  'twitter.com',
  't.co',
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'medium.com',
  'substack.com',
  'crunchbase.com',
  'youtube.com',
  'youtu.be',
  'vimeo.com',
  'tiktok.com',
  'pinterest.com',
  'reddit.com',
  'threads.net',
  'wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'xing.com',
  'glassdoor.com',
  'indeed.com',
  'wellfound.com',
  'angel.co',
  'producthunt.com',
  'stackoverflow.com',
  'bsky.app',
  'mastodon.social',
  'apple.com',
  'play.google.com',
  'g2.com',
  'capterra.com',
  'trustpilot.com',
  'yelp.com',
  'bing.com',
  'duckduckgo.com',
  'archive.org',
]);
// Brands that run one site per country TLD (google.de, google.co.uk, amazon.fr …).
const SOCIAL_BRANDS = new Set([
  'google',
  'facebook',
  'amazon',
  'wikipedia',
  'yahoo',
  'bing',
  'linkedin',
  'youtube',
]);

/** Whether a registrable domain is a social network or platform rather than a company site. */
export function isSocialDomain(domain: string): boolean {
  if (SOCIAL_DOMAINS.has(domain)) return true;
  const brand = parse(domain).domainWithoutSuffix;
  return brand !== null && SOCIAL_BRANDS.has(brand);
}

/** Resolves a host (or an e-mail's domain part) to its registrable domain, private PSL domains on. */
export function domainOfHost(host: string): Result<SiteDomain, SiteDomainSkip> {
  const hostname = normaliseHost(host);
  if (hostname === undefined) return err('malformed');
  const info = parse(hostname, { allowPrivateDomains: true });
  if (info.isIp === true || hostname.startsWith('[')) return err('ip');
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return err('localhost');
  if (info.domain === null) return err('no-registrable-domain');
  const hostedPlatform = info.isPrivate === true;
  // A tenant's platform may be social (acme.github.io is the tenant's; github.com is not).
  return ok({
    domain: info.domain,
    hostname,
    hostedPlatform,
    isSocial: !hostedPlatform && isSocialDomain(info.domain),
  });
}

/** The registrable domain of a web page; chrome://, file:, about:, extension pages, IPs and localhost have none. */
export function siteDomainOf(pageUrl: string): Result<SiteDomain, SiteDomainSkip> {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return err('malformed');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('not-web');
  return domainOfHost(url.hostname);
}
