import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { message } from '../define';
import { DomainSchema, HttpUrlSchema, PersonRefSchema, text } from './dto';
import type { TabContext } from './dto';
import { MAX_EMAILS } from '../../detect/evidence-bounds';
import type { PageEvidence } from '../../detect/page-evidence';

const list = <S extends v.GenericSchema>(item: S, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * Raw page evidence from the detection script (lib/detect `PageEvidence`, with `url` for
 * `pageUrl`); ranked in the background, where the free-mail and disposable lists live.
 * Changed from the first draft's flat `items` list (which nobody sent yet): the ranking needs the
 * structure (JSON-LD organisations, e-mail sources and regions).
 */
export const PageEvidenceSchema = v.strictObject({
  url: HttpUrlSchema,
  canonicalUrl: v.exactOptional(text(2048)),
  ogUrl: v.exactOptional(text(2048)),
  ogSiteName: v.exactOptional(text(300)),
  organizations: list(
    v.strictObject({
      type: text(100),
      name: v.exactOptional(text(300)),
      urls: list(text(2048), 20),
      emails: list(text(254), 50),
      sameAs: list(text(2048), 50),
    }),
    50,
  ),
  emails: list(
    v.strictObject({
      address: text(254),
      source: v.picklist(['mailto', 'text', 'cf-email', 'json-ld']),
      region: v.picklist(['address', 'footer', 'header', 'nav', 'aside', 'main', 'body', 'metadata']),
    }),
    // What collectPageEvidence keeps (its comment says why that many).
    MAX_EMAILS,
  ),
  linkedInLinks: list(text(2048), 500),
});
export type PageEvidenceReport = v.InferOutput<typeof PageEvidenceSchema>;

const fits =
  (max: number) =>
  (value: string): boolean =>
    value.length <= max;

/** The wire form of lib/detect's `PageEvidence`, trimmed to the schema's bounds so it always passes. */
export function toEvidenceReport(evidence: PageEvidence): PageEvidenceReport {
  const optional = (key: 'canonicalUrl' | 'ogUrl' | 'ogSiteName', max: number) => {
    const value = evidence[key];
    return value !== undefined && value.length <= max ? { [key]: value } : {};
  };
  return {
    url: evidence.pageUrl,
    ...optional('canonicalUrl', 2048),
    ...optional('ogUrl', 2048),
    ...optional('ogSiteName', 300),
    organizations: evidence.organizations.slice(0, 50).map((org) => ({
      type: org.type.slice(0, 100),
      ...(org.name !== undefined ? { name: org.name.slice(0, 300) } : {}),
      urls: org.urls.filter(fits(2048)).slice(0, 20),
      emails: org.emails.filter(fits(254)).slice(0, 50),
      sameAs: org.sameAs.filter(fits(2048)).slice(0, 50),
    })),
    emails: evidence.emails
      .filter((email) => email.address.length <= 254)
      .slice(0, MAX_EMAILS)
      .map((email) => ({ ...email })),
    linkedInLinks: evidence.linkedInLinks.filter(fits(2048)).slice(0, 500),
  };
}

/** The most people one LinkedIn tab's context holds (and one report carries). */
export const MAX_PAGE_PEOPLE = 2000;

export const LinkedInPageKindSchema = v.picklist(['profile', 'search', 'company', 'other']);

const TabIdSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const pageMessages = {
  /**
   * LinkedIn content script → background: the page's person(s), after each navigation or batch.
   * With `append: true` the people are only those added since the last report of the same URL and kind
   * (infinite scroll), merged into what the background holds; without it they replace it.
   */
  reportLinkedInPage: message<Result<null, ApiError>>()(
    v.strictObject({
      url: HttpUrlSchema,
      kind: LinkedInPageKindSchema,
      people: v.pipe(v.array(PersonRefSchema), v.maxLength(MAX_PAGE_PEOPLE)),
      companyLinkedIn: v.optional(HttpUrlSchema),
      append: v.optional(v.literal(true)),
    }),
    ['content-top-frame'],
  ),
  /** Page detection script (on demand or on granted sites) → background: evidence to rank. */
  reportPageEvidence: message<Result<null, ApiError>>()(PageEvidenceSchema, ['content-top-frame']),
  /** What the background knows about a tab. */
  getTabContext: message<TabContext | null>()(TabIdSchema, ['extension-page']),
  /** Runs detection in the tab now (activeTab + scripting) and returns the fresh context. */
  scanTab: message<Result<TabContext, ApiError>>()(TabIdSchema, ['extension-page']),
  /** Remembers the user's choice of company domain for the tab's site. */
  chooseDomain: message<Result<TabContext, ApiError>>()(
    v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), domain: DomainSchema }),
    ['extension-page'],
  ),
};

/** The names of the page messages. */
export type PageMessageName = keyof typeof pageMessages;
