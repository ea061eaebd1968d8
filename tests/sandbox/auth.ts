/**
 * Bearer tokens (REFERENCE.md §4). Defends the sandbox's one invariant: no API route answers without
 * a valid, unexpired `Authorization: Bearer <token>`. Tokens are never logged; the log records only
 * the form of the header (see {@link AuthForm}).
 */
import { randomBytes } from 'node:crypto';

/** How a request presented its credentials, as the log shows it. */
export type AuthForm =
  'none' | 'missing' | 'not-bearer' | 'bearer-unknown' | 'bearer-expired' | 'bearer-valid';

interface IssuedToken {
  readonly clientId: string;
  expiresAt: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  issue(clientId: string, ttlSec: number, now: number): string {
    const token = randomBytes(30).toString('base64url');
    this.tokens.set(token, { clientId, expiresAt: now + ttlSec * 1000 });
    return token;
  }

  /** Classifies an Authorization header. The raw token is only read here. */
  check(header: string | undefined, now: number): { form: AuthForm; clientId?: string; token?: string } {
    if (header === undefined || header.trim() === '') return { form: 'missing' };
    // Assumption: a raw token without "Bearer " (two old doc examples) is refused like a missing one.
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) return { form: 'not-bearer' };
    const token = match[1];
    const issued = this.tokens.get(token);
    if (!issued) return { form: 'bearer-unknown', token };
    if (issued.expiresAt <= now) return { form: 'bearer-expired', token };
    return { form: 'bearer-valid', clientId: issued.clientId, token };
  }

  /** The `expire-token` fault: the presented token stops working now. */
  expire(token: string): void {
    const issued = this.tokens.get(token);
    if (issued) issued.expiresAt = 0;
  }

  clear(): void {
    this.tokens.clear();
  }
}
