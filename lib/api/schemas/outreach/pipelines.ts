import * as v from 'valibot';
import { DateStringSchema, NumberishSchema } from '../common';
import { PositiveIdSchema } from './input';
import { settleData } from './settle';

// CRM pipelines (REFERENCE.md §15), needed for a campaign's `deals`.

/** `GET /v2/pipelines/{pipeline_id}/stages`. */
export const PipelineStagesInputSchema = v.object({ pipelineId: PositiveIdSchema });
/** Input of {@link PipelineStagesInputSchema}. */
export type PipelineStagesInput = v.InferInput<typeof PipelineStagesInputSchema>;

/** A CRM pipeline. */
export const PipelineSchema = v.object({
  id: v.number(),
  name: v.string(),
  deals_count: v.optional(v.number(), 0),
  deals_value: v.optional(NumberishSchema, 0),
  created_at: v.nullish(DateStringSchema, null),
});
/** A CRM pipeline. */
export type Pipeline = v.InferOutput<typeof PipelineSchema>;

/** A pipeline stage. */
export const PipelineStageSchema = v.object({
  id: v.number(),
  pipeline_id: v.number(),
  name: v.string(),
  order: v.number(),
  deals_count: v.optional(v.number(), 0),
  deals_value: v.optional(NumberishSchema, 0),
});
/** A pipeline stage. */
export type PipelineStage = v.InferOutput<typeof PipelineStageSchema>;

/** Responses, keyed like ROUTES. */
export const pipelineResponses = {
  pipelines: settleData(v.array(PipelineSchema)),
  pipelineStages: settleData(v.array(PipelineStageSchema)),
};
