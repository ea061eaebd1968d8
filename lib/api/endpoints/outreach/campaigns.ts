import { ROUTES } from '../../paths';
import {
  CampaignActionInputSchema,
  CampaignIdInputSchema,
  CreateCampaignInputSchema,
  UpdateCampaignInputSchema,
} from '../../schemas/outreach/campaign-input';
import { campaignResponses as R } from '../../schemas/outreach/campaigns';
import { endpoint, endpoint0 } from './define';

// Campaigns (REFERENCE.md §12): v1 list, v2 management with JSON bodies.

/** Lists the user's (and visible team) campaigns; the only documented list endpoint. */
export const userCampaigns = endpoint0({ route: ROUTES.userCampaigns, schema: R.userCampaigns });

/** Creates a campaign in status `draft` (`new`); email steps come back with content ids to fill. */
export const createCampaign = endpoint(CreateCampaignInputSchema, (body) => ({
  route: ROUTES.createCampaign,
  json: body,
  schema: R.createCampaign,
}));

/** Reads one campaign with its settings and sequence. */
export const campaign = endpoint(CampaignIdInputSchema, ({ campaignId }) => ({
  route: ROUTES.campaign,
  pathParams: { campaign_id: campaignId },
  schema: R.campaign,
}));

/** Partially updates a campaign; a sent `sequence` replaces the whole flow. */
export const updateCampaign = endpoint(UpdateCampaignInputSchema, ({ campaignId, changes }) => ({
  route: ROUTES.updateCampaign,
  pathParams: { campaign_id: campaignId },
  json: changes,
  schema: R.updateCampaign,
}));

/** Deletes a campaign (only `draft`, `completed` or `archived` ones; the server refuses others). */
export const deleteCampaign = endpoint(CampaignIdInputSchema, ({ campaignId }) => ({
  route: ROUTES.deleteCampaign,
  pathParams: { campaign_id: campaignId },
  schema: R.deleteCampaign,
}));

/** Starts, pauses, resumes, completes or archives a campaign; a disallowed change is `refused`. */
export const campaignAction = endpoint(CampaignActionInputSchema, ({ campaignId, action }) => ({
  route: ROUTES.campaignAction,
  pathParams: { campaign_id: campaignId },
  json: { action },
  schema: R.campaignAction,
}));

/** Lists sending schedules (ids for `schedule_id`). */
export const campaignSchedules = endpoint0({ route: ROUTES.campaignSchedules, schema: R.campaignSchedules });
