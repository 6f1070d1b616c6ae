import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { auditPut, outboxPut } from '@hjemmestotte/lambda-kit';
import {
  activeCaseIndexKeys,
  type CaseItem,
  caseKey,
  caseNumberKey,
  caseworkerPk,
  FOLLOWUP_PREFIX,
  HISTORY_PREFIX,
  planKey,
  statusPk,
  VISIT_PREFIX,
} from '@hjemmestotte/store';
import type { CaseStore, HistoryEntry, PlanGoal, StoredFollowUp } from '../ports.ts';
import { assignmentWrites, closeCaseItem, updateCaseItem } from './dynamo-case-writes.ts';
import { conditionFailed } from './transaction-errors.ts';

const queryPrefix = async (db: DynamoDBDocumentClient, tableName: string, caseId: string, prefix: string) => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':p': prefix },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
};

/** One page of an index query; the items are whole case items (the indexes project ALL). */
const queryIndex = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  index: string,
  pkName: string,
  pk: string,
  limit: number,
  ascending: boolean,
  startKey?: Record<string, unknown>,
) => {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': pkName },
      ExpressionAttributeValues: { ':pk': pk },
      ScanIndexForward: ascending,
      Limit: limit,
      ExclusiveStartKey: startKey,
    }),
  );
  const items = (out.Items ?? []).map((i) => {
    const {
      pk: _pk,
      sk: _sk,
      caseworkerPk: _a,
      caseworkerSk: _b,
      statusPk: _c,
      statusSk: _d,
      revision: _r,
      visitRevision: _v,
      updatedAt: _u,
      ...rest
    } = i;
    return rest as CaseItem;
  });
  return { items, lastKey: out.LastEvaluatedKey };
};

export const dynamoCaseStore = (
  db: DynamoDBDocumentClient,
  tableName: string,
  auditTableName: string,
): CaseStore => ({
  async create(item, events, audit, assignments) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...caseNumberKey(item.caseNumber), caseId: item.caseId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: { ...caseKey(item.caseId), ...item, ...activeCaseIndexKeys(item) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...assignmentWrites(tableName, assignments),
            ...events.map((e) => outboxPut(tableName, 'intake', e)),
            auditPut(auditTableName, item.caseId, audit.action, audit.principal, audit.at),
          ],
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  },
  async get(caseId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: caseKey(caseId), ConsistentRead: true }),
    );
    if (!out.Item) return undefined;
    const {
      pk: _pk,
      sk: _sk,
      providerPk: _p,
      providerSk: _s,
      updatedAt: _u,
      caseworkerPk: _cp,
      caseworkerSk: _cs,
      statusPk: _sp,
      statusSk: _ss,
      revision,
      visitRevision,
      ...item
    } = out.Item;
    return {
      item: item as CaseItem,
      revision: (revision as number | undefined) ?? 0,
      visitRevision: (visitRevision as number | undefined) ?? 0,
    };
  },
  async followUps(caseId) {
    const items = await queryPrefix(db, tableName, caseId, FOLLOWUP_PREFIX);
    return items.map((i) => ({
      followUpId: i.followUpId,
      kind: i.kind,
      dueOn: i.dueOn,
      status: i.status,
      ...(i.heldOn ? { heldOn: i.heldOn } : {}),
    })) as StoredFollowUp[];
  },
  async history(caseId) {
    const items = await queryPrefix(db, tableName, caseId, HISTORY_PREFIX);
    return items.map(({ pk: _pk, sk: _sk, ...rest }) => rest as unknown as HistoryEntry);
  },
  async findByCaseNumber(caseNumber) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: caseNumberKey(caseNumber), ConsistentRead: true }),
    );
    const caseId = out.Item?.caseId as string | undefined;
    return caseId ? (await this.get(caseId))?.item : undefined;
  },
  listByCaseworker: (email, limit, startKey) =>
    queryIndex(db, tableName, 'byCaseworker', 'caseworkerPk', caseworkerPk(email), limit, true, startKey),
  listByStatus: (status, limit, startKey) =>
    queryIndex(db, tableName, 'byStatus', 'statusPk', statusPk(status), limit, false, startKey),
  async planGoals(caseId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: planKey(caseId), ConsistentRead: true }),
    );
    return ((out.Item?.goals ?? []) as PlanGoal[]).map((g) => ({
      goalId: g.goalId,
      title: g.title,
      subGoals: (g.subGoals ?? []).map((s) => ({ subGoalId: s.subGoalId, title: s.title })),
    }));
  },
  async latestVisitStartedAt(caseId) {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':p': VISIT_PREFIX },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return out.Items?.[0]?.startedAt as string | undefined;
  },
  change: (caseId, expectedRevision, set, history, events, audit, assignments) =>
    updateCaseItem(db, tableName, {
      caseId,
      expectedRevision,
      set,
      history,
      events,
      audit: auditPut(auditTableName, caseId, audit.action, audit.principal, audit.at),
      assignments,
    }),
  close: (caseId, expected, closure, events, audit, assignments) =>
    closeCaseItem(db, tableName, {
      caseId,
      expected,
      assignments,
      closure,
      events,
      audit: auditPut(auditTableName, caseId, audit.action, audit.principal, audit.at),
    }),
});
