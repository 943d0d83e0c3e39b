/**
 * A per-member rate limit (a token bucket): a burst is fine, a flood gets one kind reply and
 * then quiet until it eases. Crisis messages are never limited; the check runs before this.
 */

export type RateLimit = { burst: number; perMinute: number };
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 20, perMinute: 30 };

type Bucket = { tokens: number; at: number; warned: boolean };

/** What to do with a message: answer it, say "slow down" once, or stay quiet. */
export type Verdict = 'allow' | 'warn' | 'quiet';

export function rateLimiter(limit: RateLimit = DEFAULT_RATE_LIMIT, maxMembers = 100_000) {
  const buckets = new Map<string, Bucket>();
  return function check(member: string, nowMs: number): Verdict {
    const bucket = buckets.get(member) ?? { tokens: limit.burst, at: nowMs, warned: false };
    const refill = (Math.max(0, nowMs - bucket.at) / 60_000) * limit.perMinute;
    bucket.tokens = Math.min(limit.burst, bucket.tokens + refill);
    bucket.at = nowMs;
    buckets.delete(member);
    // Oldest first in a Map: dropping the first entry keeps memory bounded under many members.
    if (buckets.size >= maxMembers) buckets.delete(buckets.keys().next().value ?? '');
    buckets.set(member, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return 'allow';
    }
    if (bucket.warned) return 'quiet';
    bucket.warned = true;
    return 'warn';
  };
}
