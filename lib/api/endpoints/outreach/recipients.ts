import { ROUTES } from '../../paths';
import { CampaignIdInputSchema } from '../../schemas/outreach/campaign-input';
import {
  AddToDoNotEmailListInputSchema,
  ChangeRecipientStatusInputSchema,
  recipientResponses as R,
  RecipientStatusInputSchema,
} from '../../schemas/outreach/recipients';
import { endpoint, endpoint0 } from './define';

// Recipients and do-not-email lists (REFERENCE.md §12): v1 form POSTs, v1/v2 GET queries.

/** Checks whether up to 100 addresses are already recipients of a campaign (`emails[]=` query). */
export const recipientStatus = endpoint(RecipientStatusInputSchema, ({ campaignId, emails }) => ({
  route: ROUTES.recipientStatus,
  pathParams: { campaign_id: campaignId },
  query: { emails },
  schema: R.recipientStatus,
}));

/** Sets a recipient to Active, Paused or Unsubscribed (form body; Finished/Moved ones are refused). */
export const changeRecipientStatus = endpoint(
  ChangeRecipientStatusInputSchema,
  ({ campaignId, email, status }) => ({
    route: ROUTES.changeRecipientStatus,
    form: { email, campaign_id: campaignId, status },
    schema: R.changeRecipientStatus,
  }),
);

/** Lists recipients who finished a campaign (`?campaignId=`). */
export const finishedProspects = endpoint(CampaignIdInputSchema, ({ campaignId }) => ({
  route: ROUTES.finishedProspects,
  query: { campaignId },
  schema: R.finishedProspects,
}));

/** Adds e-mails and/or domains to a do-not-email list (form body, `items[]=`); returns the duplicates. */
export const addToDoNotEmailList = endpoint(AddToDoNotEmailListInputSchema, ({ listId, items }) => ({
  route: ROUTES.addToDoNotEmailList,
  form: { items, listId },
  schema: R.addToDoNotEmailList,
}));

/** Lists do-not-email lists (ids for a campaign's `black_list_id`). */
export const doNotEmailLists = endpoint0({ route: ROUTES.doNotEmailLists, schema: R.doNotEmailLists });
