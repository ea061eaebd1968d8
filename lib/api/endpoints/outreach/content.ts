import { ROUTES } from '../../paths';
import {
  ContentAddressSchema,
  contentResponses as R,
  CreateStepContentInputSchema,
  UpdateStepContentInputSchema,
} from '../../schemas/outreach/content';
import { endpoint } from './define';

// Email-step content (REFERENCE.md §13): v2, JSON bodies; editable while draft, paused or scheduled.

const path = (a: { campaignId: number; stepId: number | string }) => ({
  campaign_id: a.campaignId,
  step_id: a.stepId,
});

/** Writes (or overwrites) one A/B content block of an email step. */
export const createStepContent = endpoint(
  CreateStepContentInputSchema,
  ({ campaignId, stepId, contentId, ...fields }) => ({
    route: ROUTES.createStepContent,
    pathParams: path({ campaignId, stepId }),
    json: { content_id: contentId, ...fields },
    schema: R.createStepContent,
  }),
);

/** Reads one content block. */
export const stepContent = endpoint(ContentAddressSchema, (a) => ({
  route: ROUTES.stepContent,
  pathParams: { ...path(a), content_id: a.contentId },
  schema: R.stepContent,
}));

/** Changes some of subject, body, plain_text, usage. */
export const updateStepContent = endpoint(UpdateStepContentInputSchema, ({ changes, ...a }) => ({
  route: ROUTES.updateStepContent,
  pathParams: { ...path(a), content_id: a.contentId },
  json: changes,
  schema: R.updateStepContent,
}));

/** Deletes one content block (the server refuses to delete a step's last one). */
export const deleteStepContent = endpoint(ContentAddressSchema, (a) => ({
  route: ROUTES.deleteStepContent,
  pathParams: { ...path(a), content_id: a.contentId },
  schema: R.deleteStepContent,
}));
