import { base64Id, hex32, longHex, pickAt, type Prng } from '../core/prng';
import {
  COMPANY_KINDS,
  COMPANY_WORDS,
  FIRST_NAMES,
  GENERIC_LOCAL_PARTS,
  INDUSTRIES,
  LAST_NAMES,
  PLACES,
  POSITIONS,
  SIZES,
  SKILLS,
  UNKNOWN_REASONS,
} from './tables';
import type { Company, Person, SmtpStatus, UnknownReason } from './types';

/** How many people work at the first company (`acme-robotics.example`): enough for 4 pages of 20. */
export const ACME_PEOPLE = 64;
export const PEOPLE_COUNT = 320;

/** 32 companies; the last one (`quiet-holdings.example`) has company info but no people or e-mails. */
export function buildCompanies(prng: Prng): Company[] {
  return COMPANY_WORDS.map((word, index) => {
    const kind =
      word === 'Quiet' ? 'Holdings' : index === 0 ? 'Robotics' : pickAt(COMPANY_KINDS, index * 7 + 3);
    const label = `${word}-${kind}`.toLowerCase();
    const place = pickAt(PLACES, index);
    const min = prng.int(1, 50) * 1_000_000;
    return {
      name: `${word} ${kind} ${pickAt(['Inc', 'LLC', 'GmbH', 'Ltd'], index)}`,
      domain: `${label}.example`,
      city: place.city,
      state: place.state,
      country: place.country,
      founded: String(prng.int(1985, 2022)),
      industry: pickAt(INDUSTRIES, index),
      size: pickAt(SIZES, index === 0 ? 3 : prng.int(0, SIZES.length - 1)),
      hqPhone: `1555010${String(1000 + index).padStart(4, '0')}`,
      relatedDomains:
        index % 3 === 2 ? [] : [`${label}.example.net`, `${label}.example.org`].slice(0, 1 + (index % 2)),
      revenue: { min, max: min * 5, reported: index % 4 === 0 ? min * 2 : 0 },
      genericEmails: GENERIC_LOCAL_PARTS.slice(0, word === 'Quiet' ? 0 : 2 + (index % 6)).map(
        (part) => `${part}@${label}.example`,
      ),
      linkedinId: String(100000 + index * 7919),
      isWebmail: false,
    };
  });
}

/** ASCII e-mail local part from a display name (José → jose, Łukasz → lukasz, Ærø → aero). */
export function asciiName(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Every 20 people cycle through valid, not_valid, all five unknown reasons, and one without an e-mail. */
function emailStatus(index: number): { status: SmtpStatus; reason: UnknownReason | null; hasEmail: boolean } {
  const slot = index % 20;
  if (slot === 19) return { status: 'unknown', reason: null, hasEmail: false };
  if (slot === 11 || slot === 12) return { status: 'not_valid', reason: null, hasEmail: true };
  if (slot >= 13 && slot <= 17)
    return { status: 'unknown', reason: pickAt(UNKNOWN_REASONS, slot - 13), hasEmail: true };
  return { status: 'valid', reason: null, hasEmail: true };
}

function linkedinUrl(index: number, first: string, last: string): string {
  if (index % 10 === 7) {
    // Member-token style URL, as LinkedIn shows for out-of-network profiles.
    return `https://www.linkedin.com/in/ACoAA${base64Id(`member-${index}`).replace(/[+/=]/g, '').slice(0, 20)}/`;
  }
  const slug = `${first}-${last}`.toLowerCase().replace(/\s+/g, '-');
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}-${hex32(`slug-${index}`).slice(0, 6)}/`;
}

function levelAndDepartment(position: string): { level: string; department: string } {
  const level = /^C[EFOT]O$/.test(position)
    ? 'c_level'
    : position.startsWith('VP')
      ? 'vp_level'
      : /Head|Director/.test(position)
        ? 'director_level'
        : position.includes('Manager')
          ? 'manager_level'
          : 'staff';
  const department = /Sales|Account/.test(position)
    ? 'sales'
    : position.includes('Marketing')
      ? 'marketing'
      : /Engineer|developer|CTO|Designer/.test(position)
        ? 'engineering'
        : /HR|Recruit/.test(position)
          ? 'human_resources'
          : /Finance|CFO/.test(position)
            ? 'finance_administration'
            : /Support|Success/.test(position)
              ? 'support'
              : 'operations';
  return { level, department };
}

/** 320 people: 64 at acme-robotics.example, the rest spread over companies 1-30. */
export function buildPeople(prng: Prng, companies: readonly Company[]): Person[] {
  const people: Person[] = [];
  const usedEmails = new Set<string>();
  for (let index = 0; index < PEOPLE_COUNT; index += 1) {
    const company = pickAt(companies, index < ACME_PEOPLE ? 0 : 1 + ((index - ACME_PEOPLE) % 30));
    const firstName = index === 0 ? 'José' : prng.pick(FIRST_NAMES);
    const lastName = index === 0 ? 'García' : prng.pick(LAST_NAMES);
    const position = index === 0 ? 'CTO' : pickAt(POSITIONS, index + prng.int(0, 3));
    const { status, reason, hasEmail } = emailStatus(index);
    let email = `${asciiName(firstName)}.${asciiName(lastName)}@${company.domain}`;
    if (usedEmails.has(email))
      email = `${asciiName(firstName)}.${asciiName(lastName)}${index}@${company.domain}`;
    usedEmails.add(email);
    const place = prng.pick(PLACES);
    const { level, department } = levelAndDepartment(position);
    people.push({
      key: index,
      firstName,
      lastName,
      position,
      domain: company.domain,
      linkedinUrl: linkedinUrl(index, firstName, lastName),
      email: hasEmail ? email : null,
      smtpStatus: status,
      unknownReason: reason,
      city: place.city,
      country: place.country,
      industry: company.industry,
      skills: [prng.pick(SKILLS), prng.pick(SKILLS)].filter((skill, at, all) => all.indexOf(skill) === at),
      managementLevel: level,
      department,
      profileId: 300000 + index,
      prospectHash: longHex(`prospect-${index}`, 98),
      revealHash: hex32(`reveal-${index}`),
    });
  }
  return people;
}
