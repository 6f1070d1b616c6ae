import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@hjemmestotte/events';
import { type auditPut, outboxPut } from '@hjemmestotte/lambda-kit';
import {
  activeAtRevision,
  assignmentItem,
  assignmentKey,
  caseKey,
  closeGuard,
  historyKey,
  statusPk,
} from '@hjemmestotte/store';
import type { Assignments, CaseChangeSet, CaseClosure, HistoryEntry } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

type AuditItem = ReturnType<typeof auditPut>;
type TransactItems = NonNullable<TransactWriteCommand['input']['TransactItems']>;

const run = async (db: DynamoDBDocumentClient, items: TransactItems) => {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (e) {
    if (conditionFailed(e)) return false;
    throw e;
  }
};

/** The assignments as puts (overwriting) and deletes, for the case's own transaction. */
export const assignmentWrites = (tableName: string, a: Assignments): TransactItems => [
  ...a.periods.map((p) => ({ Put: { TableName: tableName, Item: assignmentItem(a.summary, p) } })),
  ...a.removeFroms.map((from) => ({
    Delete: { TableName: tableName, Key: assignmentKey(a.summary.caseId, from) },
  })),
];

// Only an active case at the revision the use case read may change: a concurrent change or a close in
// between cancels the whole transaction (item, history, assignments, audit and events).
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
    assignments: Assignments;
  },
) => {
  const g = activeAtRevision(a.expectedRevision);
  const fields: Record<string, unknown> = {
    ...a.set,
    revision: a.history.revision,
    updatedAt: a.history.changedAt,
  };
  const names: Record<string, string> = { ...g.ExpressionAttributeNames };
  const values: Record<string, unknown> = { ...g.ExpressionAttributeValues };
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
    ...assignmentWrites(tableName, a.assignments),
    ...a.events.map((e) => outboxPut(tableName, 'intake', e)),
    a.audit,
  ]);
};

export const closeCaseItem = (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: {
    caseId: string;
    expected: { revision: number; visitRevision: number };
    closure: CaseClosure;
    events: OutgoingEvent[];
    audit: AuditItem;
    assignments: Assignments;
  },
) => {
  // Conditional on no visit added since the close read the latest one (store/case-guards.ts).
  const g = closeGuard(a.expected.revision, a.expected.visitRevision);
  const note = a.closure.closeNote !== undefined;
  return run(db, [
    {
      Update: {
        TableName: tableName,
        Key: caseKey(a.caseId),
        // Off the caseworker's list of active cases, into the closed ones.
        UpdateExpression: `SET #status = :closed, closedOn = :on, closeReason = :reason, revision = :next, statusPk = :closedPk${
          note ? ', closeNote = :note' : ''
        } REMOVE caseworkerPk, caseworkerSk`,
        ConditionExpression: g.ConditionExpression,
        ExpressionAttributeNames: g.ExpressionAttributeNames,
        ExpressionAttributeValues: {
          ...g.ExpressionAttributeValues,
          ':closed': 'closed',
          ':closedPk': statusPk('closed'),
          ':on': a.closure.closedOn,
          ':reason': a.closure.closeReason,
          ':next': a.expected.revision + 1,
          ...(note ? { ':note': a.closure.closeNote } : {}),
        },
      },
    },
    // Deleting the assignments takes the case off every provider's list at once.
    ...assignmentWrites(tableName, a.assignments),
    ...a.events.map((e) => outboxPut(tableName, 'intake', e)),
    a.audit,
  ]);
};
