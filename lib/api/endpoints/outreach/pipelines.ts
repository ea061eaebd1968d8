import { ROUTES } from '../../paths';
import { pipelineResponses as R, PipelineStagesInputSchema } from '../../schemas/outreach/pipelines';
import { endpoint, endpoint0 } from './define';

// CRM pipelines (REFERENCE.md §15), for a campaign's `deals`.

/** Lists CRM pipelines. */
export const pipelines = endpoint0({ route: ROUTES.pipelines, schema: R.pipelines });

/** Lists the stages of one pipeline. */
export const pipelineStages = endpoint(PipelineStagesInputSchema, ({ pipelineId }) => ({
  route: ROUTES.pipelineStages,
  pathParams: { pipeline_id: pipelineId },
  schema: R.pipelineStages,
}));
