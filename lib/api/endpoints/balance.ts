/** Account balance (REFERENCE.md §16): free, and the cheapest "are these credentials good" call. */
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { ROUTES } from '../paths';
import { type Balance, BalanceSchema } from '../schemas/balance';
import type { Transport } from '../transport-types';
import { type CallOptions, withSignal } from './call';

/** Credits left and plan limits. */
export function balance(transport: Transport, options?: CallOptions): Promise<Result<Balance, ApiError>> {
  return transport.send(withSignal({ route: ROUTES.balance, schema: BalanceSchema }, options));
}
