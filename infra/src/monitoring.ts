import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { Messaging } from './messaging.ts';

/** The admin's alarm topic (encrypted, TLS only, the address subscribed with its own DLQ). */
export class AlarmTopic extends Construct {
  readonly topic: sns.Topic;

  constructor(
    scope: Construct,
    id: string,
    props: { prefix: string; adminEmail: string; messaging: Messaging },
  ) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      topicName: `${props.prefix}-alarms`,
      masterKey: props.messaging.key,
      enforceSSL: true,
    });
    this.topic.addSubscription(
      new subscriptions.EmailSubscription(props.adminEmail, {
        deadLetterQueue: props.messaging.deadLetterQueue(this, 'EmailDlq', 'alarm e-mail delivery'),
      }),
    );
  }
}

export interface MonitoringProps {
  prefix: string;
  topic: sns.ITopic;
  messaging: Messaging;
  functions: { id: string; fn: lambda.IFunction }[];
  /** Functions that must have run by a given local hour every day (the sweep). */
  daily: { id: string; fn: lambda.IFunction }[];
  apiMetrics: cloudwatch.IMetric[];
}

/**
 * Alarms for everything an admin must act on: a message in any DLQ, a function error or throttle, and a
 * daily run that did not happen. Call after every async path exists, so every DLQ gets its alarm.
 */
export class Monitoring extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const action = new actions.SnsAction(props.topic);
    const add = (alarm: cloudwatch.Alarm) => {
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
      return alarm;
    };
    for (const { queue, catches } of props.messaging.deadLetterQueues) {
      add(
        queue
          .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' })
          .createAlarm(this, `DlqNotEmpty-${queue.node.path.replace(/[^A-Za-z0-9]/g, '')}`, {
            alarmDescription: `Dead-letter queue of ${catches} holds messages: inspect and redrive.`,
            threshold: 0,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluationPeriods: 1,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      );
    }
    for (const { id: fnId, fn } of props.functions) {
      add(
        fn.metricErrors({ period: Duration.minutes(5) }).createAlarm(this, `Errors-${fnId}`, {
          alarmDescription: `${fnId} failed.`,
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
      add(
        fn.metricThrottles({ period: Duration.minutes(5) }).createAlarm(this, `Throttles-${fnId}`, {
          alarmDescription: `${fnId} was throttled.`,
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
    }
    for (const { id: fnId, fn } of props.daily) {
      // No invocation in 25 consecutive hours means today's run did not start within an hour of its time.
      add(
        fn
          .metricInvocations({ period: Duration.hours(1), statistic: 'Sum' })
          .createAlarm(this, `NotRun-${fnId}`, {
            alarmDescription: `${fnId} has not run in the last 25 hours: today's reminders may not have gone out.`,
            threshold: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
            evaluationPeriods: 25,
            datapointsToAlarm: 25,
            treatMissingData: cloudwatch.TreatMissingData.BREACHING,
          }),
      );
    }
    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${props.prefix}-overview`,
    });
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'API', left: props.apiMetrics, width: 24 }),
      new cloudwatch.GraphWidget({
        title: 'Function errors',
        left: props.functions.map((f) => f.fn.metricErrors({ label: f.id })),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Function duration (p95)',
        left: props.functions.map((f) => f.fn.metricDuration({ label: f.id, statistic: 'p95' })),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queues',
        left: props.messaging.deadLetterQueues.map((d) =>
          d.queue.metricApproximateNumberOfMessagesVisible({ label: d.catches }),
        ),
        width: 12,
      }),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 12 }),
    );
  }
}
