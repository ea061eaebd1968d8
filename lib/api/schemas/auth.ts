/** Schema for the token endpoint (REFERENCE.md §4). */
import * as v from 'valibot';
import { NumberishSchema } from './common';

/**
 * `{ access_token, token_type, expires_in }`. `access_token` is optional here because a refusal's
 * shape is undocumented: the endpoint treats a 2xx without a token as bad credentials.
 */
export const AccessTokenSchema = v.object({
  access_token: v.optional(v.pipe(v.string(), v.trim())),
  token_type: v.optional(v.string()),
  expires_in: v.optional(NumberishSchema, 3600),
});
/** A token response. */
export type AccessToken = v.InferOutput<typeof AccessTokenSchema>;
