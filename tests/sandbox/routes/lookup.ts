/** Searches over the seeded world shared by the search, finder and verifier routes. */
import { InputError } from '../core/params';
import { asciiName } from '../seed/people';
import type { Company, Person, World } from '../seed/types';

/** `https://www.Acme.example/path` → `acme.example`; refuses what cannot be a domain. */
export function normaliseDomain(raw: string): string {
  const domain = raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
    throw new InputError('The domain field must be a valid domain.');
  return domain;
}

export function findCompany(world: World, domain: string): Company | undefined {
  return world.companies.find((company) => company.domain === domain);
}

export function peopleAt(world: World, domain: string): Person[] {
  return world.people.filter((person) => person.domain === domain);
}

/** Every address the domain-emails tab lists: people first, then role addresses. */
export function domainEmails(world: World, domain: string): string[] {
  const company = findCompany(world, domain);
  const personal = peopleAt(world, domain).flatMap((person) => (person.email === null ? [] : [person.email]));
  return [...personal, ...(company?.genericEmails ?? [])];
}

export function findPersonByEmail(world: World, email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  return world.people.find((person) => person.email?.toLowerCase() === wanted);
}

/**
 * Canonical form of a LinkedIn profile URL for matching: no scheme, host prefix, query or trailing
 * slash; percent-decoded and lower-cased, so `/in/jos%C3%A9-…` and `/in/josé-…` are the same profile.
 */
export function canonicalLinkedin(url: string): string {
  let path = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^[a-z]{2,3}\.linkedin\.com/i, 'linkedin.com')
    .replace(/^www\./i, '');
  path = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw form: a malformed escape simply matches nothing.
  }
  return path.normalize('NFC').toLowerCase();
}

export function findPersonByLinkedin(world: World, url: string): Person | undefined {
  const wanted = canonicalLinkedin(url);
  return world.people.find((person) => canonicalLinkedin(person.linkedinUrl) === wanted);
}

/** Finder match: first + last name (accent- and case-insensitive) at a domain. */
export function findPersonByName(
  world: World,
  row: { first: string; last: string; domain: string },
): Person | undefined {
  const [first, last] = [asciiName(row.first), asciiName(row.last)];
  return peopleAt(world, row.domain).find(
    (person) => asciiName(person.firstName) === first && asciiName(person.lastName) === last,
  );
}

export function companyFor(world: World, person: Person): Company | undefined {
  return findCompany(world, person.domain);
}

/** The job object v1 profile endpoints return (`currentJobs` / `currentJob`). */
export function jobOf(company: Company | undefined, position: string): Record<string, unknown> {
  return {
    companyName: company?.name ?? null,
    position,
    socialLink: company ? `https://www.linkedin.com/company/${company.linkedinId}` : null,
    site: company ? `https://${company.domain}` : null,
    locality: company?.city ?? null,
    state: company?.state ?? null,
    city: company?.city ?? null,
    street: null,
    street2: null,
    postal: null,
    founded: company?.founded ?? null,
    startDate: '2021-07-31',
    endDate: null,
    size: company?.size ?? null,
    industry: company?.industry ?? null,
    companyType: 'Privately Held',
    country: company?.country ?? null,
  };
}

/** `webhook_url`, when given, must be an http(s) URL. */
export function checkWebhookUrl(value: string | undefined): void {
  if (value !== undefined && !/^https?:\/\/[^\s]+$/i.test(value))
    throw new InputError('The webhook_url must be a valid URL.');
}
