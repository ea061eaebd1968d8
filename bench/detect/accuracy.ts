/** Precision and recall of ours and the baseline against a generated page's known answers. */
import type { LinkedInPageSnapshot } from '../../lib/content/linkedin-page';
import { parseLinkedInUrl } from '../../lib/detect/linkedin/urls';
import type { MailLists } from '../../lib/detect/mail-lists';
import type { PageEvidence } from '../../lib/detect/page-evidence';
import { rankCandidates } from '../../lib/detect/rank-candidates';
import type { CompanyTruth } from './company-page';
import type { BaselineResult } from './page-baseline';
import type { SearchTruthRow } from './search-page';

/** Counts behind precision and recall. */
export interface Accuracy {
  readonly truePositives: number;
  readonly predicted: number;
  readonly expected: number;
  readonly precision: number;
  readonly recall: number;
}

/** Scores a predicted set against an expected set. */
export function score(predicted: Iterable<string>, expected: Iterable<string>): Accuracy {
  const got = new Set(predicted);
  const want = new Set(expected);
  const truePositives = [...got].filter((item) => want.has(item)).length;
  return {
    truePositives,
    predicted: got.size,
    expected: want.size,
    precision: got.size === 0 ? (want.size === 0 ? 1 : 0) : truePositives / got.size,
    recall: want.size === 0 ? 1 : truePositives / want.size,
  };
}

// The baseline's own canonicalisation: decode, NFC, lowercase unless it looks like a member token.
function baselineKey(kind: string, id: string): string {
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // keep the raw id
  }
  const normal = decoded.normalize('NFC');
  if (kind === 'in')
    return /^(?:ACoAA|ACwAA|AEMAA)/.test(normal) ? `li:member:${normal}` : `li:in:${normal.toLowerCase()}`;
  return `https://www.linkedin.com/${kind}/${normal.toLowerCase()}`;
}

/** Search pages: members found (by key); for ours also how many rows had every field right. */
export function searchAccuracy(
  truth: readonly SearchTruthRow[],
  ours: LinkedInPageSnapshot | undefined,
  baseline: BaselineResult,
) {
  const oursKeys = new Map<string, LinkedInPageSnapshot['people'][number]>();
  for (const person of ours?.people ?? []) {
    const parsed = parseLinkedInUrl(person.url);
    if (parsed.ok) oursKeys.set(parsed.value.key, person);
  }
  const fieldsRight = truth.filter((row) => {
    const found = oursKeys.get(row.key);
    return found?.name === row.name && found.headline === row.headline && found.location === row.location;
  }).length;
  const baselineKeys = baseline.linkedIn
    .filter((link) => link.kind === 'in')
    .map((link) => baselineKey(link.kind, link.id));
  const expected = truth.map((row) => row.key);
  return {
    ours: score(oursKeys.keys(), expected),
    baseline: score(baselineKeys, expected),
    oursFieldsRight: fieldsRight / Math.max(1, truth.length),
  };
}

function combine(parts: readonly Accuracy[]): Accuracy {
  const sum = (pick: (part: Accuracy) => number) => parts.reduce((total, part) => total + pick(part), 0);
  const truePositives = sum((part) => part.truePositives);
  const predicted = sum((part) => part.predicted);
  const expected = sum((part) => part.expected);
  return {
    truePositives,
    predicted,
    expected,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}

/** Company pages: e-mails, LinkedIn company pages and the top domain, per kind and combined (micro-average). */
export function companyAccuracy(
  truth: CompanyTruth,
  evidence: PageEvidence,
  baseline: BaselineResult,
  lists: MailLists,
) {
  const ranked = rankCandidates(evidence, lists);
  const ours = {
    emails: score(
      ranked.emails.map((email) => email.address),
      truth.emails,
    ),
    linkedIn: score(
      ranked.linkedInCompanies.map((company) => company.canonicalUrl),
      truth.linkedInCompanies,
    ),
    domain: score(
      ranked.candidates.slice(0, 1).map((candidate) => candidate.domain),
      [truth.topDomain],
    ),
  };
  const companies = baseline.linkedIn
    .filter((link) => link.kind !== 'in')
    .map((link) => baselineKey(link.kind, link.id));
  const theirs = {
    emails: score(baseline.emails, truth.emails),
    linkedIn: score(companies, truth.linkedInCompanies),
    domain: score(baseline.topDomain === null ? [] : [baseline.topDomain], [truth.topDomain]),
  };
  return {
    ours: combine(Object.values(ours)),
    baseline: combine(Object.values(theirs)),
    detail: { ours, baseline: theirs },
  };
}
