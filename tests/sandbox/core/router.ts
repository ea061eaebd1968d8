/** Matches a method + path against the shared `ROUTES` table (lib/api/paths.ts). */
import { ROUTES, type RouteName } from '../../../lib/api/paths';

interface CompiledRoute {
  readonly name: RouteName;
  readonly method: string;
  readonly pattern: RegExp;
  readonly keys: readonly string[];
}

const COMPILED: readonly CompiledRoute[] = (Object.keys(ROUTES) as RouteName[]).map((name) => {
  const { method, path } = ROUTES[name];
  const keys: string[] = [];
  const source = path
    .replace(/[.*+?^${}()|[\]\\]/g, (char) => (char === '{' || char === '}' ? char : `\\${char}`))
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
  return { name, method, pattern: new RegExp(`^${source}$`), keys };
});

export type Resolution =
  | { readonly kind: 'route'; readonly name: RouteName; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

/**
 * Literal routes win over templated ones (`/v2/campaigns/schedules` before `/v2/campaigns/{id}`):
 * only the matching routes with the fewest placeholders are considered; if none of them has the
 * method, the answer is 405 with the methods they allow.
 */
export function resolve(method: string, path: string): Resolution {
  const matches = COMPILED.flatMap((route) => {
    const found = route.pattern.exec(path);
    return found ? [{ route, values: found.slice(1) }] : [];
  });
  if (matches.length === 0) return { kind: 'none' };
  const fewest = Math.min(...matches.map((match) => match.route.keys.length));
  const best = matches.filter((match) => match.route.keys.length === fewest);
  const hit = best.find((match) => match.route.method === method);
  if (!hit) return { kind: 'method', allowed: [...new Set(best.map((match) => match.route.method))] };
  const params: Record<string, string> = {};
  try {
    hit.route.keys.forEach((key, index) => {
      params[key] = decodeURIComponent(hit.values[index] ?? '');
    });
  } catch {
    return { kind: 'none' };
  }
  return { kind: 'route', name: hit.route.name, params };
}
