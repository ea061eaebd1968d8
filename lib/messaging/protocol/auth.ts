import * as v from 'valibot';
import type { ApiError } from '../../errors';
import type { Result } from '../../result';
import { message } from '../define';

/** What every surface may know about the connection: never a token or a secret. */
export type AuthState =
  | { readonly status: 'missing'; readonly baseUrl: string }
  | {
      readonly status: 'connected';
      readonly baseUrl: string;
      /** Credits left; null until the first balance call answers. */
      readonly balance: number | null;
      /** The API User ID, shown so the user knows which account is connected (not a secret). */
      readonly accountLabel: string;
      readonly checkedAt: number;
    }
  | {
      readonly status: 'error';
      readonly baseUrl: string;
      readonly accountLabel: string;
      readonly error: ApiError;
    };

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** http(s) origins only; the sandbox runs on http://127.0.0.1:PORT. */
export const BaseUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(200),
  v.url(),
  v.check((value) => /^https?:\/\//i.test(value), 'The API base URL must start with http:// or https://'),
);

export const authMessages = {
  /** Connection state and balance for the header of every surface. */
  getAuthState: message<AuthState>()(v.optional(v.strictObject({ refresh: v.optional(v.boolean()) })), [
    'extension-page',
  ]),
  /** Validates the credentials with a token request, then stores them (options page only). */
  saveCredentials: message<Result<AuthState, ApiError>>()(
    v.strictObject({ clientId: trimmed(200), clientSecret: trimmed(200), baseUrl: BaseUrlSchema }),
    ['extension-page'],
  ),
  /** Wipes credentials and token. */
  disconnect: message<AuthState>()(v.undefined(), ['extension-page']),
};
