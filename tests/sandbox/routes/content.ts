/** Email-step content (REFERENCE.md §13): only while the campaign is new, paused or scheduled. */
import { notFound, ok, RefusedError, type Reply } from '../core/http';
import { InputError, oneOf, optBool, optStr, reqBool, reqInt, reqStr } from '../core/params';
import type { Campaign, ContentBlock, Step } from '../seed/types';
import { campaignOr404 } from './campaigns';
import { param, type HandlerTable, type RouteContext } from './context';

const EDITABLE = ['new', 'paused', 'scheduled'];

function locate(ctx: RouteContext, write: boolean): { campaign: Campaign; step: Step } {
  const campaign = campaignOr404(ctx);
  const step = campaign.steps.find((item) => item._ref === param(ctx, 'step_id'));
  if (step?.type !== 'email') throw notFound();
  if (write && !EDITABLE.includes(campaign.status)) {
    throw new RefusedError([
      `Content can only be changed while the campaign is new, paused or scheduled (it is ${campaign.status}).`,
    ]);
  }
  return { campaign, step };
}

function view(block: ContentBlock): Record<string, unknown> {
  return {
    id: block.id,
    subject: block.subject,
    body: block.body,
    plain_text: block.plainText,
    usage: block.usage,
  };
}

function block(ctx: RouteContext, campaign: Campaign, step: Step, id: number): ContentBlock {
  const found = step.contentIds.includes(id) ? campaign.content.get(id) : undefined;
  // Assumption: a slot whose content was never written reads as 404.
  if (found?.written !== true) throw notFound();
  return found;
}

function contentId(ctx: RouteContext): number {
  const raw = param(ctx, 'content_id');
  if (!/^\d+$/.test(raw)) throw notFound();
  return Number(raw);
}

function createContent(ctx: RouteContext): Reply {
  const { campaign, step } = locate(ctx, true);
  const id = reqInt(ctx.input, 'content_id');
  const fields = {
    subject: reqStr(ctx.input, 'subject'),
    body: reqStr(ctx.input, 'body'),
    plainText: reqBool(ctx.input, 'plain_text'),
    usage: oneOf(reqStr(ctx.input, 'usage'), ['active', 'pause'], 'usage') ?? 'active',
  };
  // Assumption: content_id must be one of the step's content[] slot ids (create = fill or overwrite a slot).
  if (!step.contentIds.includes(id))
    throw new InputError('The content_id is not a content slot of this step.');
  const written: ContentBlock = { id, ...fields, written: true };
  campaign.content.set(id, written);
  return ok({ success: true, data: view(written) });
}

function updateContent(ctx: RouteContext): Reply {
  const { campaign, step } = locate(ctx, true);
  const target = block(ctx, campaign, step, contentId(ctx));
  const changes = {
    subject: optStr(ctx.input, 'subject'),
    body: optStr(ctx.input, 'body'),
    plainText: optBool(ctx.input, 'plain_text'),
    usage: oneOf(optStr(ctx.input, 'usage'), ['active', 'pause'], 'usage'),
  };
  if (Object.values(changes).every((value) => value === undefined))
    throw new InputError('At least one of subject, body, plain_text, usage is required.');
  Object.assign(
    target,
    Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  );
  return ok({ success: true, data: view(target) });
}

function deleteContent(ctx: RouteContext): Reply {
  const { campaign, step } = locate(ctx, true);
  const target = block(ctx, campaign, step, contentId(ctx));
  if (step.contentIds.length <= 1)
    throw new RefusedError(['The last remaining content block of a step cannot be deleted.']);
  step.contentIds = step.contentIds.filter((id) => id !== target.id);
  step.fields['content_slots'] = step.contentIds.length;
  campaign.content.delete(target.id);
  return ok({ data: { success: true } });
}

export const contentHandlers: HandlerTable = {
  createStepContent: createContent,
  stepContent: (ctx) => {
    const { campaign, step } = locate(ctx, false);
    return ok({ data: view(block(ctx, campaign, step, contentId(ctx))) });
  },
  updateStepContent: updateContent,
  deleteStepContent: deleteContent,
};
