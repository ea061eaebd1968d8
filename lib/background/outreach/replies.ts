import type { ApiError } from '../../errors';
import type { ReplyItem } from '../../messaging/protocol/outreach';
import type { Result } from '../../result';
import { ok } from '../../result';
import type { ReplyThread } from '../../api/schemas/outreach/analytics';
import type { OutreachApi } from './api';
import { flattenReplies } from './reply-key';

/** Pages read per campaign at most: bounds one poll's share of the 60-requests-per-minute budget. */
export const MAX_REPLY_PAGES = 5;

/**
 * Every reply of a campaign (e-mail and LinkedIn), newest first.
 * Assumption: the all-replies page size is undocumented (REFERENCE.md §14); a page shorter than the
 * first one, or an empty page, ends paging.
 */
export async function fetchReplies(
  api: Pick<OutreachApi, 'allReplies'>,
  campaignId: number,
  maxPages = MAX_REPLY_PAGES,
): Promise<Result<ReplyItem[], ApiError>> {
  const threads: ReplyThread[] = [];
  let pageSize = 0;
  for (let pageIndex = 0; pageIndex < maxPages; pageIndex += 1) {
    const page = await api.allReplies({ campaignId, offset: threads.length });
    if (!page.ok) return page;
    threads.push(...page.value);
    if (pageIndex === 0) pageSize = page.value.length;
    if (page.value.length === 0 || page.value.length < pageSize) break;
  }
  return ok(flattenReplies(threads));
}
