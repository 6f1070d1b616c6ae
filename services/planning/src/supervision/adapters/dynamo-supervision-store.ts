import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  caseKey,
  FOLLOWUP_PREFIX,
  HISTORY_PREFIX,
  SUPERVISION_OPEN_PK,
  supervisionLedgerKey,
  supervisionMonthCaseKey,
  supervisionMonthPk,
  supervisionMonthProviderKey,
  supervisionOpenKey,
  supervisionStateKey,
} from '@hjemmestotte/store';
import { conditionFailed } from '../../adapters/transaction-errors.ts';
import type { CaseSources, CaseState } from '../case-state.ts';
import type { ProviderCounters } from '../figures.ts';
import type { SupervisionStore } from '../supervision-store.ts';
import { termsOfCase } from '../terms-of-case.ts';

type Item = Record<string, unknown>;

const queryAll = async (db: DynamoDBDocumentClient, input: QueryCommandInput) => {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey as Item | undefined;
  } while (start);
  return items;
};

const inCase = (db: DynamoDBDocumentClient, tableName: string, caseId: string, prefix: string) =>
  queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
    ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':p': prefix },
    ConsistentRead: true,
  });

const stateOf = ({ pk: _pk, sk: _sk, v: _v, ...rest }: Item) => rest as unknown as CaseState;

export const dynamoSupervisionStore = (db: DynamoDBDocumentClient, tableName: string): SupervisionStore => ({
  async sources(caseId) {
    const got = await db.send(
      new GetCommand({ TableName: tableName, Key: caseKey(caseId), ConsistentRead: true }),
    );
    const c = got.Item;
    if (!c) return undefined;
    const [followUps, history] = await Promise.all([
      inCase(db, tableName, caseId, FOLLOWUP_PREFIX),
      Array.isArray(c.terms) && c.terms.length > 0 ? [] : inCase(db, tableName, caseId, HISTORY_PREFIX),
    ]);
    const a = c.assessment as CaseSources['assessment'];
    return {
      caseId,
      caseNumber: c.caseNumber,
      teamLeaderEmail: c.teamLeaderEmail,
      decidedOn: c.decidedOn,
      startsOn: c.startsOn,
      status: c.status,
      closedOn: c.closedOn,
      planRequired: c.planRequired === true,
      assessment: { status: a.status, startedOn: a.startedOn, completedOn: a.completedOn },
      terms: termsOfCase(
        c as Parameters<typeof termsOfCase>[0],
        history as Parameters<typeof termsOfCase>[1],
      ),
      followUps: followUps.map((f) => ({
        followUpId: String(f.followUpId),
        dueOn: String(f.dueOn),
        ...(f.status === 'held' && f.heldOn ? { heldOn: String(f.heldOn) } : {}),
      })),
    };
  },

  async state(caseId) {
    const got = await db.send(
      new GetCommand({ TableName: tableName, Key: supervisionStateKey(caseId), ConsistentRead: true }),
    );
    return got.Item ? { state: stateOf(got.Item), version: Number(got.Item.v) } : undefined;
  },

  async commit(state, version) {
    const v = version + 1;
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...supervisionStateKey(state.caseId), ...state, v },
                ...(version === 0
                  ? { ConditionExpression: 'attribute_not_exists(pk)' }
                  : { ConditionExpression: 'v = :v', ExpressionAttributeValues: { ':v': version } }),
              },
            },
            state.status === 'active'
              ? { Put: { TableName: tableName, Item: { ...supervisionOpenKey(state.caseId), ...state, v } } }
              : { Delete: { TableName: tableName, Key: supervisionOpenKey(state.caseId) } },
          ],
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  },

  async copyIntoMonths(state, version, months) {
    for (const month of months) {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...supervisionMonthCaseKey(month, state.caseId), ...state, v: version },
            ConditionExpression: 'attribute_not_exists(pk) OR v <= :v',
            ExpressionAttributeValues: { ':v': version },
          }),
        );
      } catch (e) {
        if (!conditionFailed(e)) throw e;
      }
    }
  },

  async count(eventId, month, providerId, add) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...supervisionLedgerKey(eventId), month, providerId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: supervisionMonthProviderKey(month, providerId),
                UpdateExpression: 'SET providerId = :p ADD visits :v, minutes :m, concerns :c',
                ExpressionAttributeValues: {
                  ':p': providerId,
                  ':v': add.visits ?? 0,
                  ':m': add.minutes ?? 0,
                  ':c': add.concerns ?? 0,
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  },

  async readMonth(month) {
    const [monthItems, openItems] = await Promise.all([
      queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': supervisionMonthPk(month) },
      }),
      queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': SUPERVISION_OPEN_PK },
      }),
    ]);
    // A case copied into the month was closed; if the open partition still shows it (a moment between the
    // two reads), the closed copy wins: a case never reopens.
    const cases = new Map<string, CaseState>();
    for (const i of openItems) cases.set(String(i.caseId), stateOf(i));
    const counters: ProviderCounters[] = [];
    for (const i of monthItems) {
      if (String(i.sk).startsWith('CASE#')) cases.set(String(i.caseId), stateOf(i));
      else if (String(i.sk).startsWith('PROVIDER#')) {
        counters.push({
          providerId: String(i.providerId),
          visits: Number(i.visits ?? 0),
          minutes: Number(i.minutes ?? 0),
          concerns: Number(i.concerns ?? 0),
        });
      }
    }
    return { cases: [...cases.values()], counters, itemsRead: monthItems.length + openItems.length };
  },
});
