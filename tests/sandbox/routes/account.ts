/** Token, balance and CRM pipelines (REFERENCE.md §4, §15, §16). */
import { notFound, ok, unauthorized, type Reply } from '../core/http';
import { InputError, reqStr } from '../core/params';
import { pathId, type HandlerTable, type RouteContext } from './context';

function accessToken(ctx: RouteContext): Reply {
  const grant = reqStr(ctx.input, 'grant_type');
  const clientId = reqStr(ctx.input, 'client_id');
  const secret = reqStr(ctx.input, 'client_secret');
  if (grant !== 'client_credentials') throw new InputError('The grant_type must be client_credentials.');
  const known = ctx.rt.config.credentials.some(
    (item) => item.clientId === clientId && item.clientSecret === secret,
  );
  // Assumption (§4): wrong credentials ⇒ 401 errors envelope, no access_token.
  if (!known) throw unauthorized();
  const token = ctx.rt.tokens.issue(clientId, ctx.rt.config.tokenTtlSec, ctx.now);
  return ok({ access_token: token, token_type: 'Bearer', expires_in: ctx.rt.config.tokenTtlSec });
}

function balance(ctx: RouteContext): Reply {
  return ok({
    success: true,
    data: {
      balance: ctx.world.balance.toFixed(2),
      teamwork: false,
      unique_recipients_used: ctx.world.uniqueRecipientsUsed,
      limit_resets_in: 29,
      expires_in: 359,
    },
  });
}

function stages(ctx: RouteContext): Reply {
  const id = pathId(ctx, 'pipeline_id');
  const pipeline = ctx.world.pipelines.find((item) => item.id === id);
  if (!pipeline) throw notFound();
  return ok({ data: pipeline.stages.map((stage) => ({ ...stage, pipeline_id: pipeline.id })) });
}

export const accountHandlers: HandlerTable = {
  accessToken,
  balance,
  pipelines: (ctx) =>
    ok({
      data: ctx.world.pipelines.map((pipeline) => ({
        id: pipeline.id,
        name: pipeline.name,
        deals_count: pipeline.stages.reduce((sum, stage) => sum + stage.deals_count, 0),
        deals_value: pipeline.stages.reduce((sum, stage) => sum + stage.deals_value, 0),
        created_at: pipeline.createdAt,
      })),
    }),
  pipelineStages: stages,
};
