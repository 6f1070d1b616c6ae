import type { RateLimit } from '@hjemmestotte/wiring';

export interface RateRequest {
  path: string;
  authorization: string | undefined;
  sourceIp: string;
}

/**
 * The local stand-in for the WAF's rate-based rules (packages/wiring/src/edge.ts): each rule counts the
 * requests of one key (the bearer token or the source address) in a sliding window. Like WAF, a request
 * without the rule's key (no Authorization header) is not counted by that rule, and a blocked request
 * still counts, so a client that keeps hammering stays blocked.
 */
export const createRateLimiter = (rules: readonly RateLimit[], now: () => number = Date.now) => {
  const seen = new Map<string, number[]>();
  const keyOf = (rule: RateLimit, r: RateRequest) =>
    rule.key === 'authorization' ? r.authorization?.trim() || undefined : r.sourceIp;
  return {
    /** True when the request is over a limit and must be refused. */
    limited(r: RateRequest): boolean {
      const t = now();
      let over = false;
      for (const rule of rules) {
        if (rule.pathPrefix && !r.path.startsWith(rule.pathPrefix)) continue;
        const key = keyOf(rule, r);
        if (key === undefined) continue;
        const id = `${rule.name}\u0000${key}`;
        const since = t - rule.windowSeconds * 1000;
        const times = (seen.get(id) ?? []).filter((x) => x > since);
        times.push(t);
        seen.set(id, times);
        if (times.length > rule.limit) over = true;
      }
      return over;
    },
  };
};
