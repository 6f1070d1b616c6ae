import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** True when a write was refused because its condition failed (a state change, not a fault). */
export const conditionFailed = (e: unknown): boolean =>
  e instanceof ConditionalCheckFailedException ||
  (e instanceof TransactionCanceledException &&
    (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed'));
