import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { auditPut } from './audit.ts';
import type { Principal } from './principal.ts';
import { auditUnavailable } from './problem.ts';

/** Records a read of each case a list or report showed, before the answer goes out. */
export type AuditReads = (caseIds: string[], action: string, principal: Principal, at: Date) => Promise<void>;

const BATCH = 25; // BatchWriteItem's limit per call

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
      for (let i = 0; i < caseIds.length; i += BATCH) {
        let requests = caseIds.slice(i, i + BATCH).map((caseId) => ({
          PutRequest: { Item: auditPut(tableName, caseId, action, principal, at).Put.Item },
        }));
        for (let round = 0; requests.length > 0; round++) {
          if (round > 5) throw new Error('audit entries left unprocessed repeatedly');
          const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
    } catch (e) {
      throw auditUnavailable(e);
    }
  };
