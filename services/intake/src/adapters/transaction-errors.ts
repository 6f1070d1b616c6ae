import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** True when a TransactWriteItems was cancelled because one of its conditions failed (not a fault). */
export const conditionFailed = (e: unknown): boolean =>
  e instanceof TransactionCanceledException &&
  (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
