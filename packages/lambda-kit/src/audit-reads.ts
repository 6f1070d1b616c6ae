import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { auditPut } from './audit.ts';
import { batchWriteAll } from './batch.ts';
import type { Principal } from './principal.ts';
import { auditUnavailable } from './problem.ts';

/** Records a read of each case a list or report showed, before the answer goes out. */
export type AuditReads = (caseIds: string[], action: string, principal: Principal, at: Date) => Promise<void>;

/**
 * One audit entry per case a list or report showed (visits' `GET /v1/provider/cases`, planning's supervision
 * report), in BatchWriteItem calls of 25 (the entries are independent and
 * their keys unique, so no condition is needed). Any entry that cannot be written makes the read 503 with
 * no data: the list must not be shown unrecorded.
 */
export const dynamoAuditReads =
  (db: DynamoDBDocumentClient, tableName: string): AuditReads =>
  async (caseIds, action, principal, at) => {
    try {
      await batchWriteAll(
        db,
        tableName,
        caseIds.map((caseId) => ({
          PutRequest: { Item: auditPut(tableName, caseId, action, principal, at).Put.Item },
        })),
      );
    } catch (e) {
      throw auditUnavailable(e);
    }
  };
