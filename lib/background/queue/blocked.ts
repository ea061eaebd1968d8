import type { ApiError } from '../../errors';
import type { Block } from './schema';

/** The error a paused queue reports to a caller that is waiting for an answer. */
export function blockedError(block: Block, now: number): ApiError {
  return block.reason === 'offline'
    ? { kind: 'offline' }
    : { kind: 'rate-limited', retryAfterMs: Math.max(0, block.retryAt - now) };
}
