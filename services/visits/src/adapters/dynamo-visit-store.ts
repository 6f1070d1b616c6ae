import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { outboxPut } from '@hjemmestotte/lambda-kit';
import {
  type AssignmentItem,
  type CaseItem,
  caseKey,
  followUpKey,
  planKey,
  providerAssignmentsQuery,
  STATUS_REPORT_PREFIX,
  statusReportKey,
  VISIT_PREFIX,
  visitKey,
} from '@hjemmestotte/store';
import type { StatusReportRecord, VisitRecord, VisitStore, WriteContext } from '../ports.ts';
import { caseGuard, followUpStands } from './case-guard.ts';
import { type PagingLimits, PROVIDER_PAGING, queryPage } from './page-query.ts';

const strip = <T>(i: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, providerPk: _p, providerSk: _s, ...rest } = i;
  return rest as T;
};

/** `paging`: how far a provider's filtered page reads in one request (tests make it small). */
export const dynamoVisitStore = (
  db: DynamoDBDocumentClient,
  tableName: string,
  paging: PagingLimits = PROVIDER_PAGING,
): VisitStore => {
  const queryPrefix = async (caseId: string, prefix: string) => {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':v': prefix },
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  };

  return {
    async getCase(caseId) {
      const out = await db.send(
        new GetCommand({ TableName: tableName, Key: caseKey(caseId), ConsistentRead: true }),
      );
      return out.Item ? strip<CaseItem>(out.Item) : undefined;
    },
    async readForWrite(caseId, extra, followUpId) {
      const main = [caseKey(caseId), planKey(caseId)];
      if (followUpId !== undefined) main.push(followUpKey(caseId, followUpId));
      let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: true }> = {
        [tableName]: { Keys: main, ConsistentRead: true },
      };
      if (extra) request[extra.TableName] = { Keys: [extra.Key], ConsistentRead: true };
      const found: Record<string, unknown>[] = [];
      const extraFound: Record<string, unknown>[] = [];
      // BatchGetItem may leave keys unprocessed under load: ask again for those only.
      for (let round = 0; Object.keys(request).length > 0; round++) {
        if (round > 5) throw new Error('BatchGetItem left keys unprocessed repeatedly');
        const out = await db.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...(out.Responses?.[tableName] ?? []));
        if (extra) extraFound.push(...(out.Responses?.[extra.TableName] ?? []));
        request = (out.UnprocessedKeys ?? {}) as typeof request;
      }
      const caseItem = found.find((i) => i.sk === 'CASE');
      const plan = found.find((i) => i.sk === 'PLAN');
      const context: WriteContext = {
        case: caseItem ? strip<CaseItem>(caseItem) : undefined,
        planGoalIds: ((plan?.goals ?? []) as { goalId: string }[]).map((g) => g.goalId),
        followUpStatus: found.find((i) => i.sk === followUpKey(caseId, followUpId ?? '').sk)?.status as
          | string
          | undefined,
        extra: extraFound[0],
      };
      return context;
    },
    async add(visit, events, asRead, extra = []) {
      const startedAtUtc = new Date(visit.startedAt).toISOString();
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            caseGuard(tableName, asRead),
            {
              Put: {
                TableName: tableName,
                Item: { ...visitKey(visit.caseId, startedAtUtc, visit.visitId), ...visit },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...events.map((e) => outboxPut(tableName, 'visits', e)),
            ...extra,
          ],
        }),
      );
    },
    async list(caseId) {
      return (await queryPrefix(caseId, VISIT_PREFIX)).map((i) => strip<VisitRecord>(i));
    },
    async listPage(caseId, { limit, cursor, providerId, newest }) {
      const pk = caseKey(caseId).pk;
      const page = await queryPage(db, {
        tableName,
        pk,
        prefix: VISIT_PREFIX,
        limit,
        cursor,
        providerId,
        newest,
        paging,
      });
      return {
        items: page.items.map((i) => strip<VisitRecord>(i)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      };
    },
    async addStatusReport(report, events, asRead, extra = []) {
      const key = statusReportKey(report.caseId, new Date(report.submittedAt).toISOString(), report.reportId);
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            caseGuard(tableName, asRead),
            ...(report.followUpId === undefined
              ? []
              : [followUpStands(tableName, report.caseId, report.followUpId)]),
            {
              Put: {
                TableName: tableName,
                Item: { ...key, ...report },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...events.map((e) => outboxPut(tableName, 'visits', e)),
            ...extra,
          ],
        }),
      );
    },
    async listStatusReports(caseId, { limit, cursor, providerId }) {
      const pk = caseKey(caseId).pk;
      const page = await queryPage(db, {
        tableName,
        pk,
        prefix: STATUS_REPORT_PREFIX,
        limit,
        cursor,
        providerId,
        newest: true,
        paging,
      });
      return { items: page.items.map((i) => strip<StatusReportRecord>(i)), cursor: page.cursor };
    },
    async activeCasesOf(providerId, today) {
      // Intake's per-period assignments (store/provider-assignments.ts): the cases where this provider is
      // the provider in force today; a change of provider dated later shows only from its day, and the old
      // provider keeps the case until then.
      const items: AssignmentItem[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...providerAssignmentsQuery(providerId, today),
            ExclusiveStartKey: startKey,
          }),
        );
        for (const i of out.Items ?? []) items.push(strip<AssignmentItem>(i));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return items;
    },
  };
};
