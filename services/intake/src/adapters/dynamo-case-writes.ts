import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@hjemmestotte/events';
import { type auditPut, outboxPut } from '@hjemmestotte/lambda-kit';
import { caseKey, historyKey, providerCasesPk } from '@hjemmestotte/store';
import type { CaseChangeSet, CaseClosure, HistoryEntry } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

type AuditItem = ReturnType<typeof auditPut>;

// Only an active case at the revision the use case read may change: a concurrent change or a close in
// between cancels the whole transaction (item, history and events), so nothing is half-applied.
const guard = (expectedRevision: number) => ({
  ConditionExpression:
    expectedRevision === 0
      ? 'attribute_exists(pk) AND #status = :active AND attribute_not_exists(revision)'
      : 'attribute_exists(pk) AND #status = :active AND revision = :rev',
  names: { '#status': 'status' },
  values: { ':active': 'active', ...(expectedRevision === 0 ? {} : { ':rev': expectedRevision }) },
});

const run = async (
  db: DynamoDBDocumentClient,
  items: NonNullable<TransactWriteCommand['input']['TransactItems']>,
) => {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (e) {
    if (conditionFailed(e)) return false;
    throw e;
  }
};

export const updateCaseItem = (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: {
    caseId: string;
    expectedRevision: number;
    set: CaseChangeSet;
    history: HistoryEntry;
    events: OutgoingEvent[];
    audit: AuditItem;
  },
) => {
  const g = guard(a.expectedRevision);
  const fields: Record<string, unknown> = {
    ...a.set,
    revision: a.history.revision,
    updatedAt: a.history.changedAt,
  };
  // The byProvider index follows the provider: the new provider sees the case, the old one no longer does.
  if (a.set.providerId !== undefined) fields.providerPk = providerCasesPk(a.set.providerId);
  const names: Record<string, string> = { ...g.names };
  const values: Record<string, unknown> = { ...g.values };
  const sets = Object.entries(fields).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    return `#f${i} = :f${i}`;
  });
  return run(db, [
    {
      Update: {
        TableName: tableName,
        Key: caseKey(a.caseId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: g.ConditionExpression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: { ...historyKey(a.caseId, a.history.effectiveFrom, a.history.revision), ...a.history },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...a.events.map((e) => outboxPut(tableName, 'intake', e)),
    a.audit,
  ]);
};

export const closeCaseItem = (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: {
    caseId: string;
    expectedRevision: number;
    closure: CaseClosure;
    events: OutgoingEvent[];
    audit: AuditItem;
  },
) => {
  const g = guard(a.expectedRevision);
  const note = a.closure.closeNote !== undefined;
  return run(db, [
    {
      Update: {
        TableName: tableName,
        Key: caseKey(a.caseId),
        // Leaving the byProvider index takes the case off the provider's list of active cases.
        UpdateExpression: `SET #status = :closed, closedOn = :on, closeReason = :reason, revision = :next${
          note ? ', closeNote = :note' : ''
        } REMOVE providerPk, providerSk`,
        ConditionExpression: g.ConditionExpression,
        ExpressionAttributeNames: g.names,
        ExpressionAttributeValues: {
          ...g.values,
          ':closed': 'closed',
          ':on': a.closure.closedOn,
          ':reason': a.closure.closeReason,
          ':next': a.expectedRevision + 1,
          ...(note ? { ':note': a.closure.closeNote } : {}),
        },
      },
    },
    ...a.events.map((e) => outboxPut(tableName, 'intake', e)),
    a.audit,
  ]);
};
