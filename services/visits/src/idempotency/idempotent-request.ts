import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { badRequest, conflict, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { ExtraWrite, IdempotencyStore, StoredResponse } from '../ports.ts';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The header's value, or a 400 naming the header: a provider write without a key cannot be retried safely. */
export const idempotencyKeyOf = (headers: Record<string, string>): string => {
  const key = headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (!key) throw badRequest([{ path: IDEMPOTENCY_HEADER, message: 'header required' }], 'Missing header');
  if (!KEY_PATTERN.test(key)) {
    throw badRequest([{ path: IDEMPOTENCY_HEADER, message: 'must be 1–255 visible ASCII characters' }]);
  }
  return key;
};

/** Keys are the caller's: provider A's key never meets provider B's. */
export const scopedKey = (principal: Principal, key: string) =>
  principal.kind === 'provider' ? `provider#${principal.providerId}#${key}` : `user#${principal.sub}#${key}`;

export interface IdempotentRequest {
  store: IdempotencyStore;
  id: string;
  fingerprint: string;
  now: Date;
  /** Until when a claim blocks retries: the function's own deadline, after which it cannot be running. */
  inProgressUntil: Date;
}

const reusedKey = () =>
  unprocessable([{ path: IDEMPOTENCY_HEADER, message: 'was already used with a different request body' }]);

/**
 * Runs `write` once per key. `write` gets the completion write to put into its own transaction, so the
 * answer is remembered atomically with what it stored. A repeat answers the stored response (header
 * `Idempotent-Replayed: true`); a refused or failed request releases the key and stores nothing.
 */
export const idempotent = async <R extends StoredResponse>(
  req: IdempotentRequest,
  write: (completion: (response: StoredResponse) => ExtraWrite) => Promise<R>,
): Promise<R & { headers?: Record<string, string> }> => {
  const outcome = await req.store.claim(req.id, req.fingerprint, req.now, req.inProgressUntil);
  if (outcome.kind !== 'claimed') {
    if (outcome.fingerprint !== req.fingerprint) throw reusedKey();
    if (outcome.kind === 'in-progress') {
      throw conflict('A request with this Idempotency-Key is still in progress; retry later.', [
        { path: IDEMPOTENCY_HEADER, message: 'request in progress' },
      ]);
    }
    // The stored answer is what `write` returned for the same request, kept as JSON.
    return { ...(outcome.response as R), headers: { 'idempotent-replayed': 'true' } };
  }
  try {
    return await write((response) => req.store.completion(outcome.claim, response));
  } catch (e) {
    await req.store.release(outcome.claim);
    if (e instanceof TransactionCanceledException) {
      // Our claim expired and another request took the key: nothing of ours was stored.
      throw conflict('A request with this Idempotency-Key is still in progress; retry later.');
    }
    throw e;
  }
};
