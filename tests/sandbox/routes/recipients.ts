/** Recipients and do-not-email lists (REFERENCE.md §12, free). */
import { notFound, ok, RefusedError, type Reply } from '../core/http';
import { hex32 } from '../core/prng';
import { InputError, isEmail, oneOf, reqInt, reqList, reqStr } from '../core/params';
import type { RecipientStatus } from '../seed/types';
import { campaignOr404 } from './campaigns';
import type { HandlerTable, RouteContext } from './context';

const CHANGE: Record<string, RecipientStatus> = {
  Active: 'active',
  Paused: 'paused',
  Unsubscribed: 'unsubscribe',
};

function recipientCheck(ctx: RouteContext): Reply {
  const campaign = campaignOr404(ctx);
  const emails = reqList(ctx.input, 'emails', 100);
  if (new Set(emails).size !== emails.length) throw new InputError('The emails must be unique.');
  if (emails.some((email) => email.length > 100))
    throw new InputError('Every email must not be greater than 100 characters.');
  const statuses = ctx.world.recipients.get(campaign.id);
  return ok({
    data: emails.map((email) => {
      const status = statuses?.get(email.toLowerCase());
      return { email, exist: status !== undefined, status: status ?? null };
    }),
  });
}

function changeStatus(ctx: RouteContext): Reply {
  const email = reqStr(ctx.input, 'email').toLowerCase();
  const campaign = ctx.world.campaigns.get(reqInt(ctx.input, 'campaign_id'));
  // §12: status is exactly Active | Paused | Unsubscribed.
  const wanted = oneOf(reqStr(ctx.input, 'status'), Object.keys(CHANGE), 'status') ?? 'Active';
  if (!campaign) throw notFound();
  const statuses = ctx.world.recipients.get(campaign.id);
  const current = statuses?.get(email);
  if (current === undefined || !statuses) throw notFound();
  if (current === 'finished' || current === 'moved')
    throw new RefusedError([
      `The status of a ${current === 'finished' ? 'Finished' : 'Moved'} recipient cannot be changed.`,
    ]);
  statuses.set(email, CHANGE[wanted] ?? 'active');
  return ok({ success: true });
}

function finished(ctx: RouteContext): Reply {
  const campaign = ctx.world.campaigns.get(reqInt(ctx.input, 'campaignId'));
  if (!campaign) throw notFound();
  const prospects = [...ctx.world.prospects.values()];
  const rows = [...(ctx.world.recipients.get(campaign.id) ?? [])]
    .filter(([, status]) => status === 'finished')
    .flatMap(([email]) => {
      const prospect = prospects.find((item) => item.email?.toLowerCase() === email);
      return prospect
        ? [
            {
              id: hex32(`finished-${campaign.id}-${email}`),
              prospectId: prospect.hexId,
              userName: `${prospect.firstName} ${prospect.lastName}`,
              userEmail: prospect.email,
              campaign: campaign.title,
              hash: hex32(`finished-hash-${campaign.id}-${email}`),
            },
          ]
        : [];
    });
  return ok(rows);
}

function addToDoNotEmail(ctx: RouteContext): Reply {
  const items = reqList(ctx.input, 'items');
  const list = ctx.world.blacklists.get(reqInt(ctx.input, 'listId'));
  if (!list) throw notFound();
  for (const item of items) {
    if (!isEmail(item) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(item))
      throw new InputError(`"${item}" is neither an email nor a domain.`);
  }
  const duplicates = items.filter((item) => list.items.has(item.toLowerCase()));
  for (const item of items) list.items.add(item.toLowerCase());
  return ok([{ success: true, data: { duplicates } }]);
}

function doNotEmailLists(ctx: RouteContext): Reply {
  return ok({
    data: [...ctx.world.blacklists.values()].map((list) => ({
      id: list.id,
      name: list.name,
      owner: list.owner,
      total: list.items.size,
    })),
  });
}

export const recipientHandlers: HandlerTable = {
  recipientStatus: recipientCheck,
  changeRecipientStatus: changeStatus,
  finishedProspects: finished,
  addToDoNotEmailList: addToDoNotEmail,
  doNotEmailLists,
};
