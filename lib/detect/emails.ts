import { normaliseHost } from './host';

// Local part: RFC 5322 "atext" minus the rarely-seen characters that collide with prose punctuation.
const EMAIL = /[\w.%+'-]+@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,24}/gu;
// `name [at] domain [dot] com` and `name (at) domain.com`: bracketed forms only, bare " at " is prose.
const OBFUSCATED =
  /([\w.+-]+)\s*[[(]\s*at\s*[\])]\s*((?:[\w-]+\s*(?:[[(]\s*dot\s*[\])]|\.)\s*)+[a-z]{2,24})\b/gi;
// Retina image names (logo@2x.png) look like addresses.
const FILE_SUFFIX = /\.(?:png|jpe?g|gif|svg|webp|avif|css|js)$/i;

/** Normalises an address: trims, lowercases, punycodes the domain; undefined when it is not an address. */
export function normaliseEmail(raw: string): string | undefined {
  const trimmed = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/[.,;:]+$/, '');
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || FILE_SUFFIX.test(trimmed)) return undefined;
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = normaliseHost(trimmed.slice(at + 1));
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
  if (!/^mailto:/i.test(href.trim())) return [];
  const target = href.trim().slice('mailto:'.length).split('?')[0] ?? '';
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Broken escapes: keep the raw text, normaliseEmail will reject what is not an address.
  }
  return decoded.split(',').flatMap((part) => normaliseEmail(part) ?? []);
}

let decoder: TextDecoder | undefined;

/**
 * Decodes a Cloudflare "email protection" payload (`data-cfemail` or the `/cdn-cgi/l/email-protection#…` hash):
 * the first byte is an XOR key for the remaining UTF-8 bytes.
 */
export function decodeCloudflareEmail(hex: string): string | undefined {
  if (!/^(?:[\da-f]{2}){2,}$/i.test(hex)) return undefined;
  const bytes = (hex.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16));
  const [key = 0, ...rest] = bytes;
  try {
    // One decoder for every address: constructing one per call was a tenth of a large page's scan.
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    const text = decoder.decode(new Uint8Array(rest.map((byte) => byte ^ key)));
    return normaliseEmail(text);
  } catch {
    return undefined;
  }
}

/** Addresses written in plain text, including the bracketed `[at]`/`[dot]` obfuscation. */
export function findEmailsInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(EMAIL)) {
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
