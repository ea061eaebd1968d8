/**
 * Company-website pages ("our team" directories) with N links and N e-mail sightings, and their
 * known answers. The e-mails are written the ways tests/fixtures/pages/ shows sites write them:
 * mailto links (with and without the address as text), plain text, `[at]`/`[dot]` obfuscation,
 * Cloudflare e-mail protection, free-mail addresses, trailing punctuation. Noise that is not an
 * answer: retina image names (`logo@2x.png`), an address inside a tracking `<script>`, LinkedIn
 * member links, social and partner links.
 */
import { createRandom, pick } from '../lib/stats';
import { escapeHtml, type GeneratedPage } from './html';

/** What a perfect detector reports for a company page. */
export interface CompanyTruth {
  readonly topDomain: string;
  readonly emails: readonly string[];
  readonly linkedInCompanies: readonly string[];
}

const DOMAIN = 'northwind-robotics.example';
export const COMPANY_URL = `https://www.${DOMAIN}/about/team`;
const LINKEDIN_COMPANY = 'https://www.linkedin.com/company/northwind-robotics';
const LINKEDIN_SHOWCASE = 'https://www.linkedin.com/showcase/northwind-robotics-labs';
const FIRST = [
  'ada',
  'jurgen',
  'priya',
  'sam',
  'noor',
  'tomas',
  'mei',
  'olu',
  'ines',
  'kenji',
  'sofia',
  'bjorn',
];
const LAST = [
  'lindqvist',
  'muller',
  'okafor',
  'tanaka',
  'silva',
  'dubois',
  'kowalski',
  'haddad',
  'garcia',
  'novak',
];

/** Cloudflare's e-mail protection encoding: a key byte, then each UTF-8 byte XOR the key, in hex. */
function cloudflare(address: string, key: number): string {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0');
  return hex(key) + [...new TextEncoder().encode(address)].map((byte) => hex(byte ^ key)).join('');
}

/** One e-mail sighting: its HTML and the address it shows (undefined for noise). */
function emailHtml(index: number, local: string): { html: string; address?: string } {
  const address = `${local}@${DOMAIN}`;
  switch (index % 10) {
    case 0:
    case 1:
    case 2:
      return { html: `<a href="mailto:${address}">${address}</a>`, address };
    case 3:
      return {
        html: `<a href="mailto:${address}?subject=Hello%20from%20your%20site">Write to ${escapeHtml(local)}</a>`,
        address,
      };
    case 4:
    case 5:
      return { html: `<p>E-mail: ${address}</p>`, address };
    case 6:
      return { html: `<p>${local} [at] northwind-robotics [dot] example</p>`, address };
    case 7: {
      const hex = cloudflare(address, 0x40 + (index % 60));
      return {
        html: `<a href="/cdn-cgi/l/email-protection#${hex}"><span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span></a>`,
        address,
      };
    }
    case 8: {
      const personal = `${local}.home@gmail.com`;
      return { html: `<p>Personal: ${personal}</p>`, address: personal };
    }
    default:
      return { html: `<p>Questions? Write to ${address}.</p>`, address };
  }
}

/** One link: its HTML (relative internal links, partners, social, LinkedIn members and the company). */
function linkHtml(index: number, local: string, count: number): string {
  if (index === 8) return `<a href="${LINKEDIN_COMPANY}/">Northwind Robotics on LinkedIn</a>`;
  switch (index % 10) {
    case 4:
      return `<a href="https://partner-${index % 37}.example/">Partner ${index % 37}</a>`;
    case 5:
      return `<a href="${index % 20 === 5 ? 'https://twitter.com/northwind' : 'https://github.com/northwind-robotics'}">Follow us</a>`;
    case 6:
      return `<a href="https://www.linkedin.com/in/${local}-${index.toString(36)}/">${escapeHtml(local)} on LinkedIn</a>`;
    case 7:
      return `<a href="https://blog.${DOMAIN}/posts/${index}">Blog post ${index}</a>`;
    case 9:
      return `<a href="https://docs.vendor-${index % 13}.example/guide#${index}">Vendor guide</a>`;
    default:
      return `<a href="/team/${local}-${index % Math.max(1, count)}">Profile</a>`;
  }
}

/** A team-directory page with `count` links and `count` e-mail sightings. */
export function companyPage(count: number, seed = 20261101): GeneratedPage<CompanyTruth> {
  const random = createRandom(seed + count);
  const emails = new Set<string>();
  const cards: string[] = [];
  for (let index = 0; index < count; index++) {
    const local = `${pick(FIRST, random)}.${pick(LAST, random)}${index}`;
    const email = emailHtml(index, local);
    if (email.address !== undefined) emails.add(email.address);
    const noise =
      index % 25 === 24 ? '<img src="/img/team@2x.png" alt=""><p>Download our logo: logo@2x.png</p>' : '';
    cards.push(
      `<li class="card"><h3>${escapeHtml(local)}</h3>${email.html}${linkHtml(index, local, count)}${noise}</li>`,
    );
  }
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: 'Northwind Robotics',
    url: `https://www.${DOMAIN}/`,
    sameAs: [`${LINKEDIN_COMPANY}/`],
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our team | Northwind Robotics</title>
<link rel="canonical" href="${COMPANY_URL}"><meta property="og:site_name" content="Northwind Robotics"><meta property="og:url" content="${COMPANY_URL}">
<script type="application/ld+json">${jsonLd}</script></head><body>
<header><nav><a href="/">Home</a><a href="/products">Products</a><a href="/about/team">Team</a></nav></header>
<main><h1>Our team</h1><ul class="team">${cards.join('\n')}</ul></main>
<script>window.analyticsConfig = { owner: "tracking@metrics-vendor.example" };</script>
<footer><address>Northwind Robotics, 1 Example Way · <a href="mailto:hello@${DOMAIN}">hello@${DOMAIN}</a></address>
<a href="${LINKEDIN_SHOWCASE}/">Northwind Robotics Labs</a></footer></body></html>`;
  emails.add(`hello@${DOMAIN}`);
  return {
    name: `company-${count}`,
    url: COMPANY_URL,
    html,
    truth: {
      topDomain: DOMAIN,
      emails: [...emails].sort(),
      linkedInCompanies: [LINKEDIN_COMPANY, LINKEDIN_SHOWCASE],
    },
  };
}
