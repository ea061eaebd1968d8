import * as v from 'valibot';
import { IdSchema, IntIdSchema, PhpDateSchema } from '../common';
import { JsonQuotedSchema } from './normalise';

// v1 activity rows (REFERENCE.md §14): bare arrays, PHP dates, JSON-quoted subject and body.

const text = v.nullish(v.string(), null);
const CUSTOM = 'customField_';
const Scalar = v.nullable(v.union([v.string(), v.number(), v.boolean()]));

const activityFields = {
  visitedAt: PhpDateSchema,
  campaignId: IntIdSchema,
  campaign: text,
  prospectId: IdSchema,
  prospectFirstName: text,
  prospectLastName: text,
  prospectName: text,
  prospectEmail: text,
  source: text,
  sourcePage: text,
  locality: text,
  industry: text,
  country: text,
  hash: v.optional(v.string()),
  emailSubject: v.optional(JsonQuotedSchema, null),
  emailBody: v.optional(JsonQuotedSchema, null),
  id: IdSchema,
};

/** A v1 activity row (reply / open / click): PHP date → ISO, JSON-quoted subject/body unquoted, `customField_*` collected. */
export const EmailActivitySchema = v.pipe(
  v.looseObject(activityFields),
  v.transform((row) => ({
    visitedAt: row.visitedAt,
    campaignId: row.campaignId,
    campaign: row.campaign,
    prospectId: row.prospectId,
    prospectFirstName: row.prospectFirstName,
    prospectLastName: row.prospectLastName,
    prospectName: row.prospectName,
    prospectEmail: row.prospectEmail,
    source: row.source,
    sourcePage: row.sourcePage,
    locality: row.locality,
    industry: row.industry,
    country: row.country,
    hash: row.hash ?? null,
    emailSubject: row.emailSubject,
    emailBody: row.emailBody,
    id: row.id,
    customFields: collectCustomFields(row),
  })),
);
/** A v1 activity row. */
export type EmailActivity = v.InferOutput<typeof EmailActivitySchema>;

function collectCustomFields(
  row: Readonly<Record<string, unknown>>,
): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  const nested = v.safeParse(v.record(v.string(), Scalar), row['customFields']);
  if (nested.success) Object.assign(out, nested.output);
  for (const [key, value] of Object.entries(row)) {
    const parsed = v.safeParse(Scalar, value);
    if (key.startsWith(CUSTOM) && parsed.success) out[key.slice(CUSTOM.length)] = parsed.output;
  }
  return out;
}

/** A `GET /v1/emails-sent` row. */
export const SentEmailSchema = v.object({
  sentDate: PhpDateSchema,
  userName: text,
  userEmail: v.string(),
  campaign: text,
  hash: v.optional(v.string()),
  id: IdSchema,
});
/** A sent e-mail. */
export type SentEmail = v.InferOutput<typeof SentEmailSchema>;
