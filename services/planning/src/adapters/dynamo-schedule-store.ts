import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { outboxPut } from '@hjemmestotte/lambda-kit';
import {
  agendaPk,
  agendaSk,
  caseKey,
  deadlineKey,
  FOLLOWUP_PREFIX,
  followUpKey,
  scheduleKey,
} from '@hjemmestotte/store';
import type { FollowUpItem, ScheduleStore } from '../ports.ts';
import { moveDeadline, settleDeadline, takeOffAgenda } from './dynamo-agenda-writes.ts';
import { moveFollowUp, recordHeld } from './dynamo-follow-up-writes.ts';
import { conditionFailed } from './transaction-errors.ts';

const strip = ({ pk: _pk, sk: _sk, agendaPk: _a, agendaSk: _b, ...rest }: Record<string, unknown>) =>
  rest as unknown as FollowUpItem;

/** Follow-ups and deadlines carry agenda keys while they still need attention (the sparse `agenda` index). */
export const dynamoScheduleStore = (
  db: DynamoDBDocumentClient,
  tableName: string,
  auditTableName?: string,
): ScheduleStore => ({
  async createInitial(followUp, deadlines, events) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...followUpKey(followUp.caseId, followUp.followUpId),
                  ...followUp,
                  agendaPk: agendaPk('follow-up'),
                  agendaSk: agendaSk(followUp.dueOn, followUp.caseId, followUp.followUpId),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...deadlines.map((d) => ({
              Put: {
                TableName: tableName,
                Item: {
                  ...deadlineKey(d.caseId, d.kind),
                  ...d,
                  ...(d.status === 'open'
                    ? { agendaPk: agendaPk(d.kind), agendaSk: agendaSk(d.dueOn, d.caseId, d.kind) }
                    : {}),
                },
              },
            })),
            ...events.map((e) => outboxPut(tableName, 'planning', e)),
          ],
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  },
  async followUps(caseId) {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :fu)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':fu': FOLLOWUP_PREFIX },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map(strip);
  },
  async followUp(caseId, followUpId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: followUpKey(caseId, followUpId), ConsistentRead: true }),
    );
    return out.Item ? strip(out.Item) : undefined;
  },
  async intervalMonths(caseId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: scheduleKey(caseId), ConsistentRead: true }),
    );
    return out.Item?.intervalMonths as number | undefined;
  },
  recordHeld: (held, next, intervalMonths, events, audit) => {
    if (!auditTableName) throw new Error('dynamoScheduleStore: no audit table to record the change in');
    return recordHeld(db, tableName, auditTableName, { held, next, intervalMonths, events, audit });
  },
  moveFollowUp: (followUp, fromDueOn, events) => moveFollowUp(db, tableName, { followUp, fromDueOn, events }),
  settleDeadline: (caseId, kind, status) => settleDeadline(db, tableName, { caseId, kind, status }),
  moveDeadline: (caseId, kind, dueOn) => moveDeadline(db, tableName, { caseId, kind, dueOn }),
  takeOffAgenda: (caseId) => takeOffAgenda(db, tableName, caseId),
  async markReportReceived(caseId, followUpId, on) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: followUpKey(caseId, followUpId),
          UpdateExpression: 'SET reportReceivedOn = if_not_exists(reportReceivedOn, :on)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':on': on },
        }),
      );
      return true;
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException') return false;
      throw e;
    }
  },
});
