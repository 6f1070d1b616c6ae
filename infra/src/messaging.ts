import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

/** What a dead-letter queue catches; the alarm and the dashboard name it. */
export interface DeadLetterQueue {
  queue: sqs.Queue;
  /** e.g. `rule planning-events CaseOpened`: read by a person woken by the alarm. */
  catches: string;
}

/**
 * The key for everything in flight (queues, the alarm topic) and the registry of dead-letter queues.
 * Every async path asks for its DLQ here, so monitoring can put an alarm on each without a second list.
 */
export class Messaging extends Construct {
  readonly key: kms.Key;
  readonly deadLetterQueues: DeadLetterQueue[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Hjemmestøtte: dead-letter queues and the alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // EventBridge (rule DLQs, the SES bounce rule) and CloudWatch (alarms to the topic) write encrypted
    // messages as services, not through a role, so the key policy must let them, for this account only.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [
          new iam.ServicePrincipal('events.amazonaws.com'),
          new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
  }

  /** A KMS-encrypted, TLS-only queue that keeps failed events 14 days (the longest SQS allows). */
  deadLetterQueue(scope: Construct, id: string, catches: string): sqs.Queue {
    const queue = new sqs.Queue(scope, id, {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      queue,
      'AwsSolutions-SQS3',
      'This queue is itself a dead-letter queue (of an EventBridge target, stream or schedule); it has no consumer to fail.',
    );
    acknowledge(
      queue,
      'Serverless-SQSRedrivePolicy',
      'This queue is itself a dead-letter queue; messages are inspected and redriven by an operator, never consumed.',
    );
    this.deadLetterQueues.push({ queue, catches });
    return queue;
  }
}
