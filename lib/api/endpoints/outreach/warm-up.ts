import * as v from 'valibot';
import { ROUTES } from '../../paths';
import { PositiveIdSchema } from '../../schemas/outreach/input';
import { warmUpResponses as R } from '../../schemas/outreach/warm-up';
import {
  CreateWarmUpInputSchema,
  UpdateWarmUpInputSchema,
  WarmUpsInputSchema,
  WarmUpStatisticsInputSchema,
} from '../../schemas/outreach/warm-up-input';
import { endpoint } from './define';

// E-mail warm-up (REFERENCE.md §11): v2, JSON bodies, GET params in the query.

const ById = v.object({ id: PositiveIdSchema });

/** Creates and starts a warm-up for a sender account. */
export const createWarmUp = endpoint(CreateWarmUpInputSchema, (body) => ({
  route: ROUTES.createWarmUp,
  json: body,
  schema: R.createWarmUp,
}));

/** Lists warm-ups, one page at a time (`per_page` ∈ 20, 50, 100). */
export const warmUps = endpoint(v.optional(WarmUpsInputSchema, {}), (query) => ({
  route: ROUTES.warmUps,
  query,
  schema: R.warmUps,
}));

/** Reads one warm-up. */
export const warmUp = endpoint(ById, ({ id }) => ({
  route: ROUTES.warmUp,
  pathParams: { id },
  schema: R.warmUp,
}));

/** Changes a warm-up (also pauses, completes or deletes it through `status`). */
export const updateWarmUp = endpoint(UpdateWarmUpInputSchema, ({ id, changes }) => ({
  route: ROUTES.updateWarmUp,
  pathParams: { id },
  json: changes,
  schema: R.updateWarmUp,
}));

/** Deletes a warm-up; its statistics become inaccessible. */
export const deleteWarmUp = endpoint(ById, ({ id }) => ({
  route: ROUTES.deleteWarmUp,
  pathParams: { id },
  schema: R.deleteWarmUp,
}));

/** Reads daily and per-provider warm-up statistics, as sorted arrays. */
export const warmUpStatistics = endpoint(WarmUpStatisticsInputSchema, ({ id, ...query }) => ({
  route: ROUTES.warmUpStatistics,
  pathParams: { id },
  query,
  schema: R.warmUpStatistics,
}));
