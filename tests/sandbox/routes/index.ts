import type { RouteName } from '../../../lib/api/paths';
import { accountHandlers } from './account';
import { activityHandlers } from './activity';
import { analyticsHandlers } from './analytics';
import { campaignActionHandlers } from './campaign-action';
import { campaignHandlers } from './campaigns';
import { contentHandlers } from './content';
import type { Handler } from './context';
import { databaseSearchHandlers } from './database-search';
import { domainSearchHandlers } from './domain-search';
import { finderHandlers } from './finder';
import { listHandlers } from './lists';
import { prospectHandlers } from './prospects';
import { recipientHandlers } from './recipients';
import { senderHandlers } from './senders';
import { verifierHandlers } from './verifier';
import { warmUpHandlers } from './warm-up';
import { webhookHandlers } from './webhooks';

const merged = {
  ...accountHandlers,
  ...domainSearchHandlers,
  ...databaseSearchHandlers,
  ...finderHandlers,
  ...verifierHandlers,
  ...prospectHandlers,
  ...listHandlers,
  ...senderHandlers,
  ...warmUpHandlers,
  ...campaignHandlers,
  ...campaignActionHandlers,
  ...contentHandlers,
  ...recipientHandlers,
  ...analyticsHandlers,
  ...activityHandlers,
  ...webhookHandlers,
};

/** The handler for a route; `missingHandlers` (checked by a test) proves all 75 routes are served. */
export function handlerFor(route: RouteName): Handler | undefined {
  return merged[route];
}
