/**
 * Test controls under `/__sandbox/*` (no auth, not rate limited, never faulted). See README.md.
 */
import { patchConfig } from './config';
import { InputError, isRecord, optStr, reqInt, type Input } from './core/params';
import { dateTime } from './core/time';
import { hex32 } from './core/prng';
import type { Runtime } from './runtime';
import type { ReplyThread } from './seed/types';

export interface ControlReply {
  readonly status: number;
  readonly body: unknown;
}

function injectReply(rt: Runtime, input: Input): ControlReply {
  const world = rt.world;
  const campaign = world.campaigns.get(reqInt(input, 'campaignId'));
  if (!campaign) return { status: 404, body: { ok: false, error: 'unknown campaign' } };
  const listId = Number((campaign.settings['recipients'] as { list_id?: unknown } | undefined)?.list_id);
  const candidates = (world.lists.get(listId)?.prospectIds ?? [])
    .flatMap((id) => world.prospects.get(id) ?? [])
    .filter((item) => item.email !== null);
  const wanted = optStr(input, 'email')?.toLowerCase();
  const prospect =
    wanted === undefined ? candidates[0] : candidates.find((item) => item.email?.toLowerCase() === wanted);
  if (!prospect) return { status: 404, body: { ok: false, error: 'no such recipient in the campaign list' } };
  const replyType = (optStr(input, 'replyType') ?? 'email') as ReplyThread['replyType'];
  if (!['email', 'linkedinMessage', 'linkedinInvite', 'linkedinInMail'].includes(replyType))
    throw new InputError('bad replyType');
  const receivedAt = optStr(input, 'receivedAt') ?? dateTime(rt.now());
  const reply = {
    subject: optStr(input, 'subject') ?? (replyType === 'email' ? 'Re: Quick question' : ''),
    message: optStr(input, 'message') ?? 'Sounds interesting, tell me more.',
    receivedAt,
  };
  const thread = world.replies.find(
    (item) =>
      item.campaignId === campaign.id && item.prospectId === prospect.id && item.replyType === replyType,
  );
  if (thread) thread.replies.push(reply);
  else world.replies.push({ campaignId: campaign.id, prospectId: prospect.id, replyType, replies: [reply] });
  if (replyType === 'email') {
    world.events.unshift({
      id: hex32(`injected-${world.events.length}-${receivedAt}`),
      campaignId: campaign.id,
      type: 'reply',
      time: receivedAt,
      prospectId: prospect.id,
      subject: 'Quick question, {{first_name}}',
      body: '<p>Hi ...</p>',
      senderEmail: 'sender@prospector-demo.example',
    });
    world.events.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  }
  return {
    status: 200,
    body: {
      ok: true,
      reply: { campaignId: campaign.id, prospectEmail: prospect.email, replyType, ...reply },
    },
  };
}

function state(rt: Runtime): unknown {
  const world = rt.world;
  return {
    balance: world.balance,
    uniqueRecipientsUsed: world.uniqueRecipientsUsed,
    clockOffsetMs: rt.clockOffsetMs,
    lists: [...world.lists.values()].map((list) => ({
      id: list.id,
      name: list.name,
      isDeleted: list.isDeleted,
      contacts: list.prospectIds.length,
      prospects: list.prospectIds.flatMap((id) => {
        const prospect = world.prospects.get(id);
        return prospect
          ? [
              {
                id,
                email: prospect.email,
                name: `${prospect.firstName} ${prospect.lastName}`,
                customFields: prospect.customFields,
              },
            ]
          : [];
      }),
    })),
    campaigns: [...world.campaigns.values()].map((campaign) => ({
      id: campaign.id,
      title: campaign.title,
      status: campaign.status,
      settings: campaign.settings,
      steps: campaign.steps.map((step) => ({
        _ref: step._ref,
        type: step.type,
        contentIds: step.contentIds,
      })),
    })),
    senders: [...world.senders.values()].map((sender) => ({
      id: sender.id,
      email: sender.emailFrom,
      outcome: sender.checkOutcome,
    })),
    warmUps: [...world.warmUps.values()].map((warmUp) => ({
      id: warmUp.id,
      status: warmUp.status,
      emailAccountId: warmUp.emailAccountId,
    })),
    webhooks: world.webhooks.size,
    doNotEmail: [...world.blacklists.values()].map((list) => ({ id: list.id, items: [...list.items] })),
    tasks: rt.tasks.size,
    faults: rt.faults.list(),
    config: { ...rt.config, credentials: rt.config.credentials.map((item) => item.clientId) },
  };
}

/** Runs one control call. */
export function control(rt: Runtime, method: string, url: URL, body: unknown): ControlReply {
  const input: Input = isRecord(body) ? body : {};
  const key = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    switch (key) {
      case 'POST /__sandbox/reset':
        rt.reset({ tokens: input['tokens'] === true });
        return { status: 200, body: { ok: true } };
      case 'GET /__sandbox/config':
        return { status: 200, body: state(rt) };
      case 'POST /__sandbox/config':
        patchConfig(rt.config, input);
        if (typeof input['balance'] === 'number') rt.world.balance = input['balance'];
        return {
          status: 200,
          body: {
            ok: true,
            config: { ...rt.config, credentials: rt.config.credentials.map((item) => item.clientId) },
          },
        };
      case 'POST /__sandbox/faults':
        return { status: 200, body: { ok: true, queued: rt.faults.add(body) } };
      case 'GET /__sandbox/faults':
        return { status: 200, body: { faults: rt.faults.list() } };
      case 'DELETE /__sandbox/faults':
        rt.faults.clear();
        return { status: 200, body: { ok: true } };
      case 'GET /__sandbox/log': {
        const since = url.searchParams.get('since');
        return {
          status: 200,
          body: {
            entries: rt.log.list({
              route: url.searchParams.get('route'),
              ...(since === null ? {} : { since: Number(since) }),
            }),
          },
        };
      }
      case 'DELETE /__sandbox/log':
        rt.log.clear();
        return { status: 200, body: { ok: true } };
      case 'POST /__sandbox/replies':
        return injectReply(rt, input);
      case 'GET /__sandbox/state':
        return { status: 200, body: state(rt) };
      case 'POST /__sandbox/clock': {
        const advance = input['advanceMs'];
        if (typeof advance !== 'number') throw new InputError('advanceMs must be a number');
        rt.clockOffsetMs += advance;
        return { status: 200, body: { ok: true, now: new Date(rt.now()).toISOString() } };
      }
      default:
        return { status: 404, body: { ok: false, error: `unknown control ${key}` } };
    }
  } catch (error) {
    if (error instanceof InputError) return { status: 400, body: { ok: false, error: error.message } };
    throw error;
  }
}
