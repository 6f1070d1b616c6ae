import { createHash } from 'node:crypto';

// Keys sorted at every depth, so the same body sent with its fields in another order is the same request.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
};

/** What makes two requests "the same": route, path parameters and the parsed body. Only a hash is kept. */
export const requestFingerprint = (routeKey: string, params: Record<string, string>, body: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical({ routeKey, params, body })))
    .digest('base64url');
