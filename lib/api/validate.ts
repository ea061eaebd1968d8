/**
 * Input validation before any request (STYLE.md §4.7 `invalid-input`: no API call made, no credits
 * spent). Each validator returns the normalised value to send.
 */
import { parse } from 'tldts';
import { parseLinkedInUrl } from '../detect/linkedin/urls';
import type { ApiError } from '../errors';
import { err, ok, type Result } from '../result';

type Checked<T> = Result<T, ApiError>;

function invalid(field: string, message: string): Checked<never> {
  return err({ kind: 'invalid-input', field, message });
}

/**
 * RFC 2606 / RFC 6761 names reserved for documentation and testing. They are not public suffixes,
 * but the sandbox and the e2e fixtures use them (`acme-robotics.example`), and they can never
 * belong to a real company, so accepting them costs nothing against the real API.
 */
const RESERVED_TEST_SUFFIXES = new Set(['example', 'test']);

/** A registrable host name: public suffix required, no IP, no scheme, no path; lowercased, `www.` dropped. */
export function validateDomain(input: string, field = 'domain'): Checked<string> {
  const value = input.trim().toLowerCase().replace(/\.$/, '');
  if (value === '') return invalid(field, 'Enter a domain, e.g. example.com.');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value) || /[/?#@\s:]/.test(value)) {
    return invalid(
      field,
      `"${input.trim()}" is not a bare domain: use the form example.com (no http://, no path).`,
    );
  }
  const info = parse(value, { allowPrivateDomains: true });
  if (info.isIp === true) return invalid(field, `"${value}" is an IP address, not a domain.`);
  const reserved =
    info.publicSuffix !== null && RESERVED_TEST_SUFFIXES.has(info.publicSuffix) && info.domain !== null;
  if (!reserved && (info.domain === null || (info.isIcann !== true && info.isPrivate !== true))) {
    return invalid(field, `"${value}" does not end in a known public suffix such as .com or .co.uk.`);
  }
  return ok(value.startsWith('www.') ? value.slice(4) : value);
}

/** An e-mail address with a registrable domain; trimmed, domain lowercased. */
export function validateEmail(input: string, field = 'email'): Checked<string> {
  const value = input.trim();
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  if (
    at <= 0 ||
    value.length > 254 ||
    local.length > 64 ||
    /[\s<>(),;:"[\]]/.test(local) ||
    // Controls, and lone surrogates that cannot be percent-encoded, with an e-mail's own message (the
    // transport would refuse the surrogates too, in general words). Found by fuzzing (issue 7).
    /[\p{Cc}\p{Cs}]/u.test(value) ||
    local.includes('@')
  ) {
    return invalid(field, `"${value}" is not a valid e-mail address.`);
  }
  const domain = validateDomain(value.slice(at + 1), field);
  if (!domain.ok) return invalid(field, `"${value}" is not a valid e-mail address: its domain is not valid.`);
  return ok(`${local}@${value.slice(at + 1).toLowerCase()}`);
}

/** A LinkedIn person profile URL (public slug or member token), returned in the form to send. */
export function validateLinkedInProfileUrl(input: string, field = 'url'): Checked<string> {
  const parsed = parseLinkedInUrl(input.trim());
  if (!parsed.ok || parsed.value.kind !== 'person') {
    return invalid(field, `"${input.trim()}" is not a LinkedIn profile URL (expected linkedin.com/in/…).`);
  }
  return ok(parsed.value.apiUrl);
}

/** A non-empty name (person or company), trimmed, at most 200 characters. */
export function validateName(input: string, field = 'name'): Checked<string> {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return invalid(field, 'This name is empty.');
  if (value.length > 200) return invalid(field, 'This name is longer than 200 characters.');
  return ok(value);
}

/** Validates every item of a list (`field[i]` names the first bad one); empty or too long lists fail too. */
export function validateAll<T>(
  items: readonly T[],
  validate: (item: T, field: string) => Checked<string>,
  field: string,
  max = Infinity,
): Checked<string[]> {
  if (items.length === 0) return invalid(field, 'Nothing to send: the list is empty.');
  if (items.length > max) return invalid(field, `At most ${max} items per request (got ${items.length}).`);
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    const checked = validate(item, `${field}[${i}]`);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return ok(out);
}

/** A positive integer id (list, page). */
export function validatePositiveInt(input: number, field: string): Checked<number> {
  return Number.isInteger(input) && input > 0
    ? ok(input)
    : invalid(field, `${field} must be a positive whole number.`);
}

/** A person to find an e-mail for (finder row). */
export interface FinderRow {
  readonly firstName: string;
  readonly lastName: string;
  readonly domain: string;
}

/** A finder row with both names present and a valid domain; returns the normalised row. */
export function validateFinderRow(row: FinderRow, field = 'row'): Checked<FinderRow> {
  const firstName = validateName(row.firstName, `${field}.firstName`);
  if (!firstName.ok) return firstName;
  const lastName = validateName(row.lastName, `${field}.lastName`);
  if (!lastName.ok) return lastName;
  const domain = validateDomain(row.domain, `${field}.domain`);
  if (!domain.ok) return domain;
  return ok({ firstName: firstName.value, lastName: lastName.value, domain: domain.value });
}
