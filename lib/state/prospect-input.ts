/**
 * Pure helpers the popup and side panel stores share: turning what the user typed or selected into
 * protocol payloads. No extension APIs, so they unit-test in Node.
 */
import type { Prospect, ProspectInput } from '../messaging/protocol';

/** "CTO, Head of Sales" → ["CTO", "Head of Sales"] (trimmed, deduplicated, at most 10, 100 chars each). */
export function parsePositions(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const position = part.trim().slice(0, 100);
    if (position) seen.add(position);
  }
  return [...seen].slice(0, 10);
}

const EMAIL = /^[^\s@<>()[\]",;:]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** A pasted blob of addresses (one per line, or separated by commas, semicolons or spaces). */
export function parseEmailList(text: string): { readonly emails: string[]; readonly invalid: string[] } {
  const emails = new Set<string>();
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw
      .replace(/^<|>$/g, '')
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase();
    if (!token) continue;
    if (EMAIL.test(token) && token.length <= 254) emails.add(token);
    else invalid.push(raw);
  }
  return { emails: [...emails], invalid };
}

function httpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The address worth saving: the first valid one, else the first that is not known to be invalid. */
export function bestEmail(prospect: Prospect): string | undefined {
  const usable = prospect.emails.filter((e) => EMAIL.test(e.email));
  return (usable.find((e) => e.status === 'valid') ?? usable.find((e) => e.status !== 'not_valid'))?.email;
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

/** A prospect as add-to-list wants it, or null when it has neither an e-mail nor a LinkedIn URL. */
export function toProspectInput(prospect: Prospect): ProspectInput | null {
  const email = bestEmail(prospect);
  const linkedinUrl = httpUrl(prospect.linkedinUrl);
  if (!email && !linkedinUrl) return null;
  const hasCustom = prospect.customFields && Object.keys(prospect.customFields).length > 0;
  return {
    key: prospect.key,
    ...opt('email', email),
    ...opt('linkedinUrl', linkedinUrl),
    ...opt('firstName', prospect.firstName),
    ...opt('lastName', prospect.lastName),
    ...opt('name', prospect.name),
    ...opt('position', prospect.position),
    ...opt('company', prospect.company),
    ...opt('companyDomain', prospect.companyDomain),
    ...opt('country', prospect.country),
    ...opt('locality', prospect.location),
    ...opt('customFields', hasCustom ? prospect.customFields : undefined),
  };
}
