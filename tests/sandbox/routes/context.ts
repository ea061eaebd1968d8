import type { RouteName } from '../../../lib/api/paths';
import type { Reply } from '../core/http';
import type { Input } from '../core/params';
import type { Runtime } from '../runtime';
import type { World } from '../seed/types';

/** What a handler gets: merged query + body input, path params, the world and the runtime. */
export interface RouteContext {
  readonly rt: Runtime;
  readonly world: World;
  /** Query string and body merged (body wins): the API accepts parameters in either (REFERENCE.md §2.1). */
  readonly input: Input;
  readonly params: Readonly<Record<string, string>>;
  /** `http://host:port` as the client addressed us, for `links.*` URLs the client may POST verbatim. */
  readonly baseUrl: string;
  readonly now: number;
}

export type Handler = (ctx: RouteContext) => Reply;
export type HandlerTable = Partial<Record<RouteName, Handler>>;

/** A path parameter (always present when the route matched). */
export function param(ctx: RouteContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** A path id that must be a positive integer; anything else is an unknown entity (404). */
export function pathId(ctx: RouteContext, name: string): number | null {
  const raw = param(ctx, name);
  return /^\d+$/.test(raw) ? Number(raw) : null;
}
