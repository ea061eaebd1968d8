import { isRecord, parseJson, stringsOf } from '../json';
import { jsonLdScript } from './selectors';

/** What a logged-out public profile's schema.org `Person` says. */
export interface PersonJsonLd {
  readonly name?: string;
  readonly jobTitle?: string;
  readonly company?: { readonly name: string; readonly url?: string };
  readonly location?: string;
}

function firstPerson(value: unknown): Record<string, unknown> | undefined {
  const nodes: unknown[] = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value['@graph'])
      ? value['@graph']
      : [value];
  return nodes.filter(isRecord).find((node) => stringsOf(node['@type']).includes('Person'));
}

function company(worksFor: unknown): PersonJsonLd['company'] {
  const organization = (Array.isArray(worksFor) ? worksFor : [worksFor]).find(isRecord);
  const name = organization === undefined ? undefined : stringsOf(organization['name'])[0];
  if (organization === undefined || name === undefined) return undefined;
  const url = stringsOf(organization['url'])[0];
  return url === undefined ? { name } : { name, url };
}

function location(address: unknown): string | undefined {
  if (!isRecord(address)) return stringsOf(address)[0];
  const parts = [...stringsOf(address['addressLocality']), ...stringsOf(address['addressCountry'])];
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Reads the schema.org `Person` that LinkedIn embeds in logged-out public profile pages, if any. */
export function readPersonJsonLd(root: ParentNode): PersonJsonLd | undefined {
  for (const script of root.querySelectorAll(jsonLdScript)) {
    const person = firstPerson(parseJson(script.textContent));
    if (person === undefined) continue;
    const name = stringsOf(person['name'])[0];
    const jobTitle = stringsOf(person['jobTitle'])[0];
    const worksFor = company(person['worksFor']);
    const place = location(person['address']);
    return {
      ...(name === undefined ? {} : { name }),
      ...(jobTitle === undefined ? {} : { jobTitle }),
      ...(worksFor === undefined ? {} : { company: worksFor }),
      ...(place === undefined ? {} : { location: place }),
    };
  }
  return undefined;
}
