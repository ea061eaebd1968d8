import { normaliseHost } from './host';

// Local part: RFC 5322 "atext" minus the rarely-seen characters that collide with prose punctuation.
const EMAIL = /[\w.%+'-]+@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,24}/gu;
// EMAIL for ASCII text, where \p{L} and \p{N} are just [A-Za-z] and [0-9]: the first use of the Unicode
// classes costs V8 about a millisecond of compiling, in a content script that runs cold on every page.
const ASCII_EMAIL = /[\w.%+'-]+@(?:[A-Za-z\d-]+\.)+[A-Za-z]{2,24}/g;
const NON_ASCII = /[\u0080-\uffff]/;
// `name [at] domain [dot] com` and `name (at) domain.com`: bracketed forms only, bare " at " is prose.
const OBFUSCATED =
  /([\w.+-]+)\s*[[(]\s*at\s*[\])]\s*((?:[\w-]+\s*(?:[[(]\s*dot\s*[\])]|\.)\s*)+[a-z]{2,24})\b/gi;
// Retina image names (logo@2x.png) look like addresses.
const FILE_SUFFIX = /\.(?:png|jpe?g|gif|svg|webp|avif|css|js)$/i;

// Domains repeat across a page's addresses: each is normalised once per page (bounded, as pages are not).
const hosts = new Map<string, string | undefined>();

function normaliseDomain(domain: string): string | undefined {
  if (hosts.has(domain)) return hosts.get(domain);
  const host = normaliseHost(domain);
  if (hosts.size >= 1000) hosts.clear();
  hosts.set(domain, host);
  return host;
}

/** Normalises an address: trims, lowercases, punycodes the domain; undefined when it is not an address. */
export function normaliseEmail(raw: string): string | undefined {
  let trimmed = raw.trim();
  // The replacements below only when they can apply: this runs for every address of a page.
  if (/^mailto:/i.test(trimmed)) trimmed = trimmed.slice('mailto:'.length);
  if (/[.,;:]$/.test(trimmed)) trimmed = trimmed.replace(/[.,;:]+$/, '');
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || FILE_SUFFIX.test(trimmed)) return undefined;
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = normaliseDomain(trimmed.slice(at + 1));
  if (
    domain?.includes('.') !== true ||
    !/^[\w.%+'-]+$/.test(local) ||
    local.startsWith('.') ||
    local.includes('..')
  )
    return undefined;
  return `${local}@${domain}`;
}

/** The domain part of a normalised address. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/** Addresses in a `mailto:` href: percent-decoded, `?subject=`/`?cc=` dropped, comma lists split. */
export function parseMailto(href: string): string[] {
  const trimmed = href.trim();
  if (!/^mailto:/i.test(trimmed)) return [];
  const query = trimmed.indexOf('?');
  const target = trimmed.slice('mailto:'.length, query < 0 ? undefined : query);
  let decoded = target;
  if (target.includes('%')) {
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // Broken escapes: keep the raw text, normaliseEmail will reject what is not an address.
    }
  }
  const found: string[] = [];
  for (const part of decoded.includes(',') ? decoded.split(',') : [decoded]) {
    const address = normaliseEmail(part);
    if (address !== undefined) found.push(address);
  }
  return found;
}

let decoder: TextDecoder | undefined;
// The longest address (RFC 5321); longer payloads take the decoder, which has no argument limit.
const MAX_ADDRESS = 254;

/**
 * Decodes a Cloudflare "email protection" payload (`data-cfemail` or the `/cdn-cgi/l/email-protection#…` hash):
 * the first byte is an XOR key for the remaining UTF-8 bytes.
 */
export function decodeCloudflareEmail(hex: string): string | undefined {
  if (!/^(?:[\da-f]{2}){2,}$/i.test(hex)) return undefined;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  const bytes = new Uint8Array(hex.length / 2 - 1);
  let ascii = true;
  for (let index = 0; index < bytes.length; index++) {
    const byte = Number.parseInt(hex.slice(2 * index + 2, 2 * index + 4), 16) ^ key;
    bytes[index] = byte;
    if (byte > 0x7f) ascii = false;
  }
  // ASCII (nearly every address) needs no decoder; anything else must be valid UTF-8.
  if (ascii && bytes.length <= MAX_ADDRESS) return normaliseEmail(String.fromCharCode(...bytes));
  try {
    // One decoder for every address: constructing one per call was a tenth of a large page's scan.
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    return normaliseEmail(decoder.decode(bytes));
  } catch {
    return undefined;
  }
}

/** Addresses written in plain text, including the bracketed `[at]`/`[dot]` obfuscation. */
export function findEmailsInText(text: string): string[] {
  const found: string[] = [];
  const pattern = NON_ASCII.test(text) ? EMAIL : ASCII_EMAIL;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const address = normaliseEmail(match[0]);
    if (address !== undefined) found.push(address);
  }
  if (/[[(]\s*at\s*[\])]/i.test(text)) {
    for (const match of text.matchAll(OBFUSCATED)) {
      const domain = (match[2] ?? '').replace(/\s*[[(]\s*dot\s*[\])]\s*|\s*\.\s*/gi, '.');
      const address = normaliseEmail(`${match[1] ?? ''}@${domain}`);
      if (address !== undefined) found.push(address);
    }
  }
  return found;
}
