import * as v from 'valibot';
import { notEmpty, OpaqueIdSchema, PositiveIdSchema } from './input';
import { NestedSuccessSchema, settleData } from './settle';

// Email-step content (REFERENCE.md §13): step_id = numeric `_ref`, content_id = an id from `content[]`.

const usage = v.picklist(['active', 'pause'], 'usage is active or pause');
const subject = v.pipe(v.string(), v.nonEmpty('Give a subject'));
const body = v.pipe(v.string(), v.nonEmpty('Give a body'));

/** Addresses one content block. */
export const ContentAddressSchema = v.object({
  campaignId: PositiveIdSchema,
  stepId: OpaqueIdSchema,
  contentId: OpaqueIdSchema,
});
/** Input of {@link ContentAddressSchema}. */
export type ContentAddress = v.InferInput<typeof ContentAddressSchema>;

/** `POST .../content/create` (an upsert by content_id). */
export const CreateStepContentInputSchema = v.object({
  ...ContentAddressSchema.entries,
  subject,
  body,
  plain_text: v.boolean('plain_text is required'),
  usage,
});
/** Input of {@link CreateStepContentInputSchema}. */
export type CreateStepContentInput = v.InferInput<typeof CreateStepContentInputSchema>;

/** `PATCH .../content/{content_id}`: at least one of subject, body, plain_text, usage. */
export const UpdateStepContentInputSchema = v.object({
  ...ContentAddressSchema.entries,
  changes: v.pipe(
    v.object({
      subject: v.optional(subject),
      body: v.optional(body),
      plain_text: v.optional(v.boolean()),
      usage: v.optional(usage),
    }),
    notEmpty(),
  ),
});
/** Input of {@link UpdateStepContentInputSchema}. */
export type UpdateStepContentInput = v.InferInput<typeof UpdateStepContentInputSchema>;

/** One content block of an email step. */
export const StepContentSchema = v.object({
  id: v.number(),
  subject: v.string(),
  body: v.string(),
  plain_text: v.boolean(),
  usage: v.string(),
});
/** A content block. */
export type StepContent = v.InferOutput<typeof StepContentSchema>;

/** Responses, keyed like ROUTES. */
export const contentResponses = {
  createStepContent: settleData(StepContentSchema),
  // GET has no `success` key; settleData accepts both.
  stepContent: settleData(StepContentSchema),
  updateStepContent: settleData(StepContentSchema),
  deleteStepContent: NestedSuccessSchema,
};
