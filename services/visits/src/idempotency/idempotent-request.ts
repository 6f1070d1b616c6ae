import { badRequest, conflict, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { EarlierRequest, ExtraRead, ExtraWrite, IdempotencyStore, StoredResponse } from '../ports.ts';

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
}

export type Replayed<R> = R & { headers?: Record<string, string> };

/**
 * One provider write's idempotency, in the write's own two round trips: the record is read together with
 * the case (`read`), and the "answered" record is put in the write's transaction (`answered`) on condition
 * that no live record holds the key. Of concurrent requests with one key the first to commit wins; the
 * others' transactions are cancelled and they answer from its record (`afterCancel`).
 */
export interface IdempotencyFrame {
  read: ExtraRead;
  /** The answer to a repeat, from the record read with the case; undefined when the key is free. */
  repeat<R extends StoredResponse>(item: Record<string, unknown> | undefined): Replayed<R> | undefined;
  answered(response: StoredResponse): ExtraWrite;
  /** After a cancelled transaction: the answer if another request holds the key, else undefined. */
  afterCancel<R extends StoredResponse>(): Promise<Replayed<R> | undefined>;
}

const reusedKey = () =>
  unprocessable([{ path: IDEMPOTENCY_HEADER, message: 'was already used with a different request body' }]);

export const stillRunning = () =>
  conflict('A request with this Idempotency-Key is still in progress; retry later.', [
    { path: IDEMPOTENCY_HEADER, message: 'request in progress' },
  ]);

const answerEarlier = <R extends StoredResponse>(
  earlier: EarlierRequest,
  fingerprint: string,
): Replayed<R> => {
  if (earlier.fingerprint !== fingerprint) throw reusedKey();
  if (earlier.kind === 'in-progress') throw stillRunning();
  // The stored answer is what the write returned for the same request, kept as JSON.
  return { ...(earlier.response as R), headers: { 'idempotent-replayed': 'true' } };
};

export const idempotencyFrame = (req: IdempotentRequest): IdempotencyFrame => ({
  read: req.store.recordKey(req.id),
  repeat<R extends StoredResponse>(item: Record<string, unknown> | undefined) {
    const earlier = req.store.interpret(item, req.now);
    return earlier ? answerEarlier<R>(earlier, req.fingerprint) : undefined;
  },
  answered: (response) => req.store.answered(req.id, req.fingerprint, response, req.now),
  async afterCancel<R extends StoredResponse>() {
    const earlier = await req.store.read(req.id, req.now);
    return earlier ? answerEarlier<R>(earlier, req.fingerprint) : undefined;
  },
});

// Checked by name: that is what the SDK's service exceptions share with each other (and with test faults).
const cancelled = (e: unknown) => (e as Error | undefined)?.name === 'TransactionCanceledException';

/**
 * Runs `attempt` (read, validate, one transaction). When the transaction is cancelled, another request with
 * the key may have committed first: answer from its record. Otherwise the case changed under us (a provider
 * change, a close) or DynamoDB refused the transaction: try once more from the read, which answers on the
 * case as it is now; a second cancellation answers 409, and a retry with the same key is safe.
 */
export const writeOnce = async <R extends StoredResponse>(
  idem: IdempotencyFrame | undefined,
  attempt: () => Promise<Replayed<R>>,
): Promise<Replayed<R>> => {
  for (let round = 0; ; round++) {
    try {
      return await attempt();
    } catch (e) {
      if (!cancelled(e)) throw e;
      const answer = await idem?.afterCancel<R>();
      if (answer) return answer;
      if (round >= 1) throw stillRunning();
    }
  }
};
