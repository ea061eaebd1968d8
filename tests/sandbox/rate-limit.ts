/**
 * 60 requests per rolling 60 s per account (REFERENCE.md §1), all endpoints together, polls included.
 * The key is the client_id: API calls count against the client_id their token was issued to, and
 * token requests count against the client_id they name, so they share the account's budget.
 */
const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  /** Records a request and answers whether it is within the limit. Refused requests are not recorded. */
  hit(key: string, limit: number, now: number): boolean {
    const recent = (this.windows.get(key) ?? []).filter((time) => time > now - WINDOW_MS);
    this.windows.set(key, recent);
    // Assumption: a refused (429) request does not use up budget, so a client that backs off recovers.
    if (recent.length >= limit) return false;
    recent.push(now);
    return true;
  }

  /** Whole seconds until the oldest request in the window leaves it. */
  secondsUntilFree(key: string, now: number): number {
    const oldest = this.windows.get(key)?.[0];
    return oldest === undefined ? 1 : Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
  }

  reset(): void {
    this.windows.clear();
  }
}
