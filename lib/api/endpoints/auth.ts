/** Token endpoint (REFERENCE.md §4): client credentials for a one-hour bearer token. */
import type { ApiError } from '../../errors';
import { err, ok, type Result } from '../../result';
import { ROUTES } from '../paths';
import { AccessTokenSchema } from '../schemas/auth';
import type { Transport } from '../transport-types';

/** The API User ID and API Secret from https://app.snov.io/account/api. */
export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** A freshly issued token and its lifetime in seconds. */
export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresInSeconds: number;
}

/** Exchanges credentials for a token; any refusal becomes `auth-invalid`, never echoing the secret. */
export async function requestAccessToken(
  transport: Transport,
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<Result<IssuedToken, ApiError>> {
  const result = await transport.send({
    route: ROUTES.accessToken,
    // Form body, as documented; the secret travels in the body, never in the URL.
    form: {
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    },
    schema: AccessTokenSchema,
    anonymous: true,
    ...(signal ? { signal } : {}),
  });
  if (!result.ok) {
    const { error } = result;
    // Assumption: wrong credentials come back as 400/401/403 or success:false (REFERENCE.md §4, undocumented).
    const refused =
      error.kind === 'refused' || (error.kind === 'server' && error.status >= 400 && error.status < 500);
    return err(refused ? { kind: 'auth-invalid' } : error);
  }
  const { access_token: accessToken, expires_in: expiresIn } = result.value;
  if (accessToken === undefined || accessToken === '') return err({ kind: 'auth-invalid' });
  return ok({ accessToken, expiresInSeconds: expiresIn > 0 ? expiresIn : 3600 });
}
