import type { OutreachApi } from '../../../../../lib/background/outreach/api';
import type { ReplyThread } from '../../../../../lib/api/schemas/outreach/analytics';
import type { CampaignSummary } from '../../../../../lib/api/schemas/outreach/campaigns';

/** A fake client: the given functions, and a loud failure for any other call. */
export function fakeApi(partial: Partial<OutreachApi>): OutreachApi {
  return new Proxy(partial, {
    get: (target, name: string) => {
      const value: unknown = Reflect.get(target, name);
      // `then` stays undefined: the API object is awaited as a plain value, not a thenable.
      if (value !== undefined || name === 'then') return value;
      return () => {
        throw new Error(`unexpected call: ${name}`);
      };
    },
  }) as OutreachApi; // test double: only the functions a test names are ever called
}

export function campaignRow(
  id: number,
  status: CampaignSummary['status'],
  name = `Campaign ${id}`,
): CampaignSummary {
  return {
    id,
    campaign: name,
    list_id: 7,
    status,
    created_at: '2026-10-01T00:00:00.000Z',
    updated_at: null,
    started_at: null,
  };
}

export function thread(
  campaignId: number,
  prospect: string,
  replies: { message: string; receivedAt: string }[],
  replyType = 'email',
): ReplyThread {
  return {
    campaignId,
    campaign: `Campaign ${campaignId}`,
    prospectId: prospect,
    prospectName: `Person ${prospect}`,
    prospectEmail: `${prospect}@example.com`,
    linkedInProfile: null,
    replyType,
    receivedAt: replies.at(-1)?.receivedAt ?? '2026-11-01T00:00:00.000Z',
    replies: replies.map((reply) => ({ subject: replyType === 'email' ? 'Re: Hello' : '', ...reply })),
  };
}
