import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { message } from '../define';
import { DomainSchema, HttpUrlSchema, PersonRefSchema, text } from './dto';
import type { TabContext } from './dto';

/** Raw page evidence from the detection script; ranked in the background (free-mail lists live there). */
export const PageEvidenceSchema = v.strictObject({
  url: HttpUrlSchema,
  items: v.pipe(
    v.array(v.strictObject({ kind: text(40), value: text(500), domain: v.optional(text(253)) })),
    v.maxLength(2000),
  ),
});
export type PageEvidenceReport = v.InferOutput<typeof PageEvidenceSchema>;

export const LinkedInPageKindSchema = v.picklist(['profile', 'search', 'company', 'other']);

const TabIdSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const pageMessages = {
  /** LinkedIn content script → background: the page's person(s), after each navigation or batch. */
  reportLinkedInPage: message<Result<null, ApiError>>()(
    v.strictObject({
      url: HttpUrlSchema,
      kind: LinkedInPageKindSchema,
      people: v.pipe(v.array(PersonRefSchema), v.maxLength(2000)),
      companyLinkedIn: v.optional(HttpUrlSchema),
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
