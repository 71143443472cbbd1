/** How many wrong tokens one client address may send in a window before it is told to wait. */
export interface AuthLimit {
  failures: number;
  windowSeconds: number;
}

export const DEFAULT_AUTH_LIMIT: AuthLimit = { failures: 10, windowSeconds: 60 };

/**
 * `JOURNEY_STUDIO_AUTH_LIMIT=<failures>/<seconds>` (e.g. `10/60`, the default); `0/60` turns the
 * limit off. A malformed value is refused by name rather than silently ignored.
 */
export function authLimitFromEnv(value: string | undefined): AuthLimit {
  if (value === undefined || value.trim() === '') return DEFAULT_AUTH_LIMIT;
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  if (!m || Number(m[2]) < 1)
    throw new Error(
      `JOURNEY_STUDIO_AUTH_LIMIT must look like 10/60 (failures/seconds), got "${value}"`,
    );
  return { failures: Number(m[1]), windowSeconds: Number(m[2]) };
}

/** Most addresses remembered at once; the oldest are forgotten first (loopback has few). */
const MAX_ADDRESSES = 10_000;

/**
 * Failed token checks per client address in a sliding window. Past the limit the address gets
 * 429 with Retry-After until its oldest failure leaves the window, so a lock-out always ends by
 * itself and a correct token works again then. Requests that carry no token are not guesses and
 * are not counted.
 */
export class AuthFailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: AuthLimit = DEFAULT_AUTH_LIMIT,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.limit.windowSeconds * 1000;
    const kept = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }

  /** Seconds this address must wait before its next try, or 0. */
  retryAfter(address: string): number {
    if (this.limit.failures === 0) return 0;
    const recent = this.recent(address);
    if (recent.length < this.limit.failures) return 0;
    const freeAt = recent[recent.length - this.limit.failures] + this.limit.windowSeconds * 1000;
    return Math.max(1, Math.ceil((freeAt - this.now()) / 1000));
  }

  /** Counts one wrong token from this address. */
  fail(address: string): void {
    if (this.limit.failures === 0) return;
    const recent = this.recent(address);
    recent.push(this.now());
    // Only the last `failures` times decide a lock-out; older ones need not be kept.
    this.failures.delete(address);
    this.failures.set(address, recent.slice(-this.limit.failures));
    if (this.failures.size > MAX_ADDRESSES)
      this.failures.delete(this.failures.keys().next().value as string);
  }
}

/** The client address a limit is kept for. */
export function clientAddress(socket: { remoteAddress?: string }): string {
  return socket.remoteAddress ?? 'unknown';
}
