import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { VisitLogged } from '@hjemmestotte/events';
import { auditPut, documentClientFor, outboxPut, type Principal } from '@hjemmestotte/lambda-kit';
import { type CaseItem, caseKey, planKey, visitKey } from '@hjemmestotte/store';
import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { caseGuard } from '../../services/visits/src/adapters/case-guard.ts';
import { dynamoIdempotencyStore } from '../../services/visits/src/adapters/dynamo-idempotency-store.ts';
import type { CaseWorld } from '../security/case-world.ts';

/**
 * DynamoDB's own cost of one visit, without the API: the handler's two requests sent straight to DynamoDB
 * Local with the same keys, items and conditions, built by the same functions the handler uses (the case
 * guard, the outbox put, the audit put, the idempotency record). The one difference: the outbox item's key
 * gets a `BENCH` prefix, so the relay does not publish an event for it (the floor is DynamoDB's work alone).
 */
export const visitFloor = async (stack: LocalStack, world: CaseWorld) => {
  const db = documentClientFor(new DynamoDBClient({ endpoint: stack.dynamoEndpoint }));
  const main = stack.tableNames.main;
  const idempotency = dynamoIdempotencyStore(db, stack.tableNames.idempotency);
  const found = await db.send(new GetCommand({ TableName: main, Key: caseKey(world.caseId) }));
  if (!found.Item) throw new Error('the bench case is missing');
  const asRead = found.Item as CaseItem;
  const principal: Principal = {
    kind: 'provider',
    sub: 'bench',
    clientId: 'bench',
    providerId: world.providerA,
  };
  const floor = {
    /** The handler's read: case and plan from the main table, the idempotency record of a fresh key. */
    read: async () => {
      const out = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [main]: { Keys: [caseKey(world.caseId), planKey(world.caseId)], ConsistentRead: true },
            [stack.tableNames.idempotency]: {
              Keys: [idempotency.recordKey(`provider#${world.providerA}#${randomUUID()}`).Key],
              ConsistentRead: true,
            },
          },
        }),
      );
      return Object.keys(out.UnprocessedKeys ?? {}).length === 0;
    },
    /** The handler's transaction: case guard, visit, outbox entry, audit entry, idempotency record. */
    write: async (i: number) => {
      const now = new Date();
      const visitId = randomUUID();
      const startedAt = new Date(now.getTime() - (10 + (i % 5000)) * 60_000).toISOString();
      const visit = {
        startedAt,
        durationMinutes: 60,
        location: 'home',
        staffCount: 1,
        methods: ['guidance'],
        visitId,
        caseId: world.caseId,
        providerId: world.providerA,
        loggedAt: now.toISOString(),
      };
      const outbox = outboxPut(main, 'visits', {
        definition: VisitLogged,
        occurredAt: visit.loggedAt,
        data: {
          caseId: world.caseId,
          caseNumber: world.caseNumber,
          visitId,
          providerId: world.providerA,
          startedAt,
          durationMinutes: 60,
        },
      });
      outbox.Put.Item.pk = `BENCH${outbox.Put.Item.pk}`;
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            caseGuard(main, asRead),
            {
              Put: {
                TableName: main,
                Item: { ...visitKey(world.caseId, startedAt, visitId), ...visit },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            outbox,
            auditPut(stack.tableNames.audit, world.caseId, 'visit.create', principal, now),
            idempotency.answered(
              `provider#${world.providerA}#${randomUUID()}`,
              'x'.repeat(43),
              { status: 201, body: visit },
              now,
            ),
          ],
        }),
      );
      return true;
    },
    destroy: () => db.destroy(),
  };
  return {
    ...floor,
    /** A visit without the API: the read, then the transaction, as the handler sends them. */
    visit: async (i: number) => (await floor.read()) && (await floor.write(i)),
  };
};
