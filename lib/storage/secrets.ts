/**
 * API credentials and the access token. Only background code may import this module (lint rule).
 *
 * Defends against: secrets reaching content scripts, pages or logs. Content scripts can read
 * `storage.local`, so the import boundary is what keeps them out of content code; the token sits in
 * `storage.session` (trusted contexts only in Chrome, cleared on browser restart). Nothing here is
 * ever returned through messaging: callers get `AuthState`.
 */
import { storage } from '#imports';
import * as v from 'valibot';

const CredentialsSchema = v.object({ clientId: v.string(), clientSecret: v.string() });
export type Credentials = v.InferOutput<typeof CredentialsSchema>;

const TokenSchema = v.object({ accessToken: v.string(), expiresAt: v.number() });
export type StoredToken = v.InferOutput<typeof TokenSchema>;

const credentialsItem = storage.defineItem<unknown>('local:credentials');
const tokenItem = storage.defineItem<unknown>('session:token');

/** The saved credentials, or null. */
export async function loadCredentials(): Promise<Credentials | null> {
  const parsed = v.safeParse(CredentialsSchema, await credentialsItem.getValue());
  return parsed.success ? parsed.output : null;
}

/** Saves credentials (after the background validated them). */
export async function saveCredentials(credentials: Credentials): Promise<void> {
  await credentialsItem.setValue(credentials);
}

/** The cached access token, or null. */
export async function loadToken(): Promise<StoredToken | null> {
  const parsed = v.safeParse(TokenSchema, await tokenItem.getValue());
  return parsed.success ? parsed.output : null;
}

/** Caches the access token for the rest of the browser session. */
export async function saveToken(token: StoredToken): Promise<void> {
  await tokenItem.setValue(token);
}

/** Wipes credentials and token ("Disconnect"). */
export async function clearSecrets(): Promise<void> {
  await Promise.all([credentialsItem.removeValue(), tokenItem.removeValue()]);
}

/** Forgets the token only (after a 401 or a base URL change). */
export async function clearToken(): Promise<void> {
  await tokenItem.removeValue();
}
