import { createPrng } from '../core/prng';
import { buildActivity, buildCampaigns } from './campaigns';
import { buildCompanies, buildPeople } from './people';
import { DEFAULT_ANCHOR } from './tables';
import type { World } from './types';
import {
  buildBlacklists,
  buildCustomFields,
  buildLists,
  buildPipelines,
  buildSchedules,
  buildSenders,
  buildWarmUps,
  buildWebhooks,
  IDS,
} from './workspace';

/** Builds the whole world from a seed. Same seed and anchor ⇒ byte-identical responses. */
export function buildWorld(options: { seed: number; anchor?: string; balance: number }): World {
  const prng = createPrng(options.seed);
  const anchor = options.anchor ?? DEFAULT_ANCHOR;
  const companies = buildCompanies(prng);
  const people = buildPeople(prng, companies);
  const { lists, prospects } = buildLists(people, companies, anchor);
  const campaigns = buildCampaigns(anchor);
  const { events, replies, recipients } = buildActivity(prng, { campaigns, lists, prospects, anchor });
  const used = new Set([...recipients.values()].flatMap((statuses) => [...statuses.keys()]));
  return {
    anchor,
    companies,
    people,
    lists,
    prospects,
    customFields: buildCustomFields(),
    senders: buildSenders(),
    warmUps: buildWarmUps(anchor),
    campaigns,
    recipients,
    events,
    replies,
    schedules: buildSchedules(),
    blacklists: buildBlacklists(),
    pipelines: buildPipelines(),
    webhooks: buildWebhooks(),
    userId: IDS.userId,
    ownerName: 'Demo Owner',
    balance: options.balance,
    uniqueRecipientsUsed: used.size,
    nextId: 2_000_000,
  };
}
