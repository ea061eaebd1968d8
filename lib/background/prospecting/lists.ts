/** The user's lists and campaigns (free calls), cached briefly; creating a list refreshes the cache. */
import * as v from 'valibot';
import type { ApiError } from '../../errors';
import {
  SnovCampaignSchema,
  SnovListSchema,
  type SnovCampaign,
  type SnovList,
} from '../../messaging/protocol/dto';
import { err, ok, type Result } from '../../result';
import { cached } from '../cache/cached';
import type { Services } from '../services';

/** The user's prospect lists. */
export async function getLists(
  services: Services,
  refresh = false,
): Promise<Result<readonly SnovList[], ApiError>> {
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'lists' as const,
    key: 'all',
    schema: v.array(SnovListSchema),
    refresh,
  };
  return cached(call, async () => {
    const api = await services.api();
    if (!api) return err({ kind: 'not-connected' });
    const lists = await api.userLists();
    return lists.ok ? ok([...lists.value]) : lists;
  });
}

/** Creates a list and returns it. */
export async function createList(services: Services, name: string): Promise<Result<SnovList, ApiError>> {
  const trimmed = name.trim();
  if (trimmed === '') return err({ kind: 'invalid-input', field: 'name', message: 'Name the list.' });
  const api = await services.api();
  if (!api) return err({ kind: 'not-connected' });
  const created = await api.createList(trimmed);
  if (created.ok) await services.cache.remove('lists', ['all']);
  return created;
}

/** The user's campaigns, each with the list it sends to. */
export async function getCampaigns(
  services: Services,
  refresh = false,
): Promise<Result<readonly SnovCampaign[], ApiError>> {
  const call = {
    cache: services.cache,
    flight: services.flight,
    namespace: 'campaigns' as const,
    key: 'all',
    schema: v.array(SnovCampaignSchema),
    refresh,
  };
  return cached(call, async () => {
    const api = await services.api();
    if (!api) return err({ kind: 'not-connected' });
    const campaigns = await api.userCampaigns();
    return campaigns.ok ? ok([...campaigns.value]) : campaigns;
  });
}
