/**
 * The edge in front of the API and the web app, described once: CloudFront with AWS WAF builds it in AWS
 * (infra/src/edge.ts), the local gateway enforces the same limits and headers (packages/local-stack).
 */

/** Paths that go to the HTTP API; everything else is the web app's static files. */
export const apiPathPatterns = ['/v1/*', '/openapi.json'] as const;

export interface RateLimit {
  /** Becomes the WAF rule's name and metric. */
  name: string;
  /**
   * What one client is. `authorization`: the bearer token (a provider's client-credentials token or a staff
   * session), so one provider retrying hard cannot use up the API for caseworkers; `ip`: the source address,
   * for what carries no token (the app's files, the OpenAPI document, floods).
   */
  key: 'authorization' | 'ip';
  /** Requests allowed per window and key; WAF's lowest limit is 10. */
  limit: number;
  /** One of WAF's evaluation windows. */
  windowSeconds: 60 | 120 | 300 | 600;
  /** Only requests under this path prefix count; none: every request. */
  pathPrefix?: string;
}

export const rateLimits: readonly RateLimit[] = [
  // 10 requests a second sustained per token: a provider posting a day's visits in a batch fits, a loop does not.
  { name: 'per-client', key: 'authorization', limit: 600, windowSeconds: 60, pathPrefix: '/v1/' },
  { name: 'per-ip', key: 'ip', limit: 3000, windowSeconds: 300 },
];

/** The answer to a request over a limit: WAF's custom response and the local gateway's, the same body. */
export const rateLimitedResponse = {
  status: 429,
  contentType: 'application/problem+json',
  body: JSON.stringify({
    type: 'https://hjemmestotte.dk/problems/rate-limited',
    title: 'Too many requests',
    status: 429,
    detail: 'This client sent too many requests. Wait a minute and retry with the same Idempotency-Key.',
  }),
  retryAfterSeconds: 60,
} as const;

/**
 * Security headers on every response of the web origin. `authOrigins`: where the app may send its token
 * requests and sign-in forms (the Cognito domain in AWS; locally the same origin).
 */
export const securityHeaders = (authOrigins: readonly string[] = []): Record<string, string> => {
  const auth = authOrigins.length ? ` ${authOrigins.join(' ')}` : '';
  return {
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self'${auth}`,
      `form-action 'self'${auth}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join('; '),
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
};
