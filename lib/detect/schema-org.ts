import { isRecord, parseJson, stringsOf } from './json';

/** What one schema.org Organization node on a page says about the company. */
export interface OrganizationEvidence {
  readonly type: string;
  readonly name?: string;
  readonly urls: readonly string[];
  readonly emails: readonly string[];
  readonly sameAs: readonly string[];
}

// Organization and the subtypes sites actually use; LocalBusiness has hundreds of subtypes, so any
// type ending in Organization/Business/Store counts too. https://schema.org/Organization
const ORGANIZATION_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'NGO',
  'OnlineBusiness',
  'ProfessionalService',
  'Airline',
  'Consortium',
  'Restaurant',
  'Hotel',
  'Brand',
]);
const ORGANIZATION_SUFFIX = /(?:Organization|Business|Store)$/;
// Cap the walk so a hostile page cannot make the content script spin on a huge JSON-LD blob.
const MAX_NODES = 500;

function organizationType(node: Record<string, unknown>): string | undefined {
  return stringsOf(node['@type'])
    .map((type) => type.replace(/^https?:\/\/schema\.org\//, ''))
    .find((type) => ORGANIZATION_TYPES.has(type) || ORGANIZATION_SUFFIX.test(type));
}

function toEvidence(node: Record<string, unknown>, type: string): OrganizationEvidence {
  const contactPoints: unknown[] = Array.isArray(node['contactPoint'])
    ? node['contactPoint']
    : [node['contactPoint']];
  const contactEmails = contactPoints.flatMap((point) => (isRecord(point) ? stringsOf(point['email']) : []));
  const name = stringsOf(node['name'])[0];
  const evidence = {
    type,
    urls: stringsOf(node['url']),
    emails: [...stringsOf(node['email']), ...contactEmails],
    sameAs: stringsOf(node['sameAs']),
  };
  return name === undefined ? evidence : { ...evidence, name };
}

function walk(value: unknown, found: OrganizationEvidence[], budget: { nodes: number }): void {
  if (budget.nodes-- <= 0) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, found, budget);
    return;
  }
  if (!isRecord(value)) return;
  const type = organizationType(value);
  if (type !== undefined) found.push(toEvidence(value, type));
  // Recurse into @graph, publisher, parentOrganization, etc.: organizations are often nested.
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) walk(child, found, budget);
  }
}

/** Reads every schema.org Organization (and subtype) from a page's JSON-LD scripts, including `@graph` arrays. */
export function readOrganizations(
  root: ParentNode,
  selector = 'script[type="application/ld+json"]',
): OrganizationEvidence[] {
  const found: OrganizationEvidence[] = [];
  const budget = { nodes: MAX_NODES };
  for (const script of root.querySelectorAll(selector)) {
    walk(parseJson(script.textContent), found, budget);
  }
  return found;
}
