import type { MunicipalityPolicy } from '@hjemmestotte/domain';
import type { TableName } from '@hjemmestotte/wiring';
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { Functions } from './functions.ts';
import type { Messaging } from './messaging.ts';
import { acknowledge } from './nag.ts';

export interface TriggersProps {
  prefix: string;
  functions: Functions;
  bus: events.IEventBus;
  tables: Record<TableName, dynamodb.Table>;
  messaging: Messaging;
  policy: MunicipalityPolicy;
}

/** The cron expression's fields for "every day at the send hour": used by the schedule and its test. */
export const sendHourCron = (policy: MunicipalityPolicy) => ({
  minute: '0',
  hour: String(policy.sendHour),
  timeZone: TimeZone.of(policy.timeZone),
});

/**
 * Every asynchronous way into a function, from its spec: one EventBridge rule per subscription, one
 * stream event source per stream, one Scheduler schedule per schedule; each with retries and its own DLQ.
 */
export class Triggers extends Construct {
  private defaultBusRef: events.IEventBus | undefined;

  private defaultBus(): events.IEventBus {
    this.defaultBusRef ??= events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    return this.defaultBusRef;
  }

  constructor(scope: Construct, id: string, props: TriggersProps) {
    super(scope, id);
    for (const { spec, fn } of props.functions.byId.values()) {
      for (const sub of spec.subscriptions ?? []) {
        const name = `${spec.id}-${sub.detailType.replace(/[^A-Za-z0-9]/g, '')}`;
        new events.Rule(this, `Rule-${name}`, {
          // AWS services (SES feedback) deliver to the account's default bus only.
          eventBus: sub.bus === 'default' ? this.defaultBus() : props.bus,
          description: `${sub.source} ${sub.detailType} to ${spec.id}`,
          eventPattern: { source: [sub.source], detailType: [sub.detailType] },
          targets: [
            new targets.LambdaFunction(fn, {
              deadLetterQueue: props.messaging.deadLetterQueue(this, `Dlq-${name}`, `rule ${name}`),
              retryAttempts: 8,
              maxEventAge: Duration.hours(24),
            }),
          ],
        });
      }
      for (const stream of spec.streams ?? []) {
        const name = `${spec.id}-${stream.table}-${stream.pkPrefix.replace(/[^A-Za-z0-9]/g, '')}`;
        const dlq = props.messaging.deadLetterQueue(this, `Dlq-${name}`, `stream ${name}`);
        fn.addEventSource(
          new sources.DynamoEventSource(props.tables[stream.table], {
            startingPosition: lambda.StartingPosition.TRIM_HORIZON,
            batchSize: stream.batchSize,
            // A poison record is isolated by halving the batch, then parked in the DLQ after the retries.
            bisectBatchOnError: true,
            retryAttempts: 10,
            maxRecordAge: Duration.hours(24),
            onFailure: new sources.SqsDlq(dlq),
            // The same filter as the local stream poller: new images whose pk starts with the prefix.
            filters: [
              lambda.FilterCriteria.filter({
                dynamodb: { NewImage: { pk: { S: lambda.FilterRule.beginsWith(stream.pkPrefix) } } },
              }),
            ],
          }),
        );
      }
      for (const schedule of spec.schedules ?? []) {
        const name = `${spec.id}-${schedule.name}`;
        const dlq = props.messaging.deadLetterQueue(this, `Dlq-${name}`, `schedule ${schedule.name}`);
        const role = new iam.Role(this, `SchedulerRole-${name}`, {
          assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
          description: `Scheduler invoking ${spec.id}`,
        });
        // The DLQ is encrypted with the messaging key: the scheduler writes to it through this role.
        props.messaging.key.grant(role, 'kms:GenerateDataKey', 'kms:Decrypt');
        acknowledge(
          role,
          `AwsSolutions-IAM5[Resource::<${Stack.of(fn).getLogicalId(fn.node.defaultChild as never)}.Arn>:*]`,
          'lambda:InvokeFunction on this one function and its versions/aliases (the CDK invoke grant); no other function.',
        );
        new scheduler.Schedule(this, `Schedule-${name}`, {
          scheduleName: `${props.prefix}-${schedule.name}`,
          description: `${schedule.name}: daily at ${props.policy.sendHour}:00 ${props.policy.timeZone}`,
          schedule: scheduler.ScheduleExpression.cron(sendHourCron(props.policy)),
          target: new schedulerTargets.LambdaInvoke(fn, {
            role,
            input: scheduler.ScheduleTargetInput.fromObject({
              schedule: schedule.name,
              scheduledAt: scheduler.ContextAttribute.scheduledTime,
            }),
            deadLetterQueue: dlq,
            retryAttempts: 5,
            maxEventAge: Duration.hours(2),
          }),
        });
      }
    }
  }
}
