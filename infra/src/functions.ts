import {
  bindingsOf,
  type FunctionSpec,
  type ResolvedResources,
  type TableAccess,
  type TableName,
  tables as tableSpecs,
} from '@hjemmestotte/wiring';
import { Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { Construct } from 'constructs';
import { type LambdaOptions, nodeFunction } from './lambda-defaults.ts';
import type { Messaging } from './messaging.ts';
import { acknowledge } from './nag.ts';

export interface FunctionsProps {
  prefix: string;
  specs: FunctionSpec[];
  tables: Record<TableName, dynamodb.Table>;
  bus: events.IEventBus;
  email: {
    senderEmail: string;
    configurationSetName: string;
    identityArns: string[];
    configurationSetArn: string;
  };
  auth: ResolvedResources['auth'];
  common: ResolvedResources['common'];
  messaging: Messaging;
  options: LambdaOptions;
}

/**
 * Adding items only. PutItem also covers a Put inside TransactWriteItems (DynamoDB authorizes each action of
 * a transaction as its single-item operation; a Put's own ConditionExpression needs no ConditionCheckItem).
 * BatchWriteItem is granted because lambda-kit's dynamoAuditReads writes entries 25 at a time; IAM cannot
 * limit it to put requests (the same action covers delete requests, and no DynamoDB condition key tells them
 * apart), so a batch only ever puts here because that code sends nothing but PutRequests. The key actions
 * are those grantWriteData gives the table's customer-managed key: a PutItem on such a table also needs
 * kms:Decrypt (aws-cdk#10010).
 */
const APPEND_ACTIONS = ['dynamodb:PutItem', 'dynamodb:BatchWriteItem'];
const APPEND_KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:ReEncrypt*',
  'kms:GenerateDataKey*',
];

const grantAppend = (table: dynamodb.Table, role: iam.IGrantable) => {
  table.grant(role, ...APPEND_ACTIONS);
  table.encryptionKey?.grant(role, ...APPEND_KEY_ACTIONS);
};

const grantTable = (table: dynamodb.Table, access: TableAccess, role: iam.IGrantable) => {
  if (access === 'read') table.grantReadData(role);
  else if (access === 'write') table.grantWriteData(role);
  else if (access === 'readWrite') table.grantReadWriteData(role);
  else {
    grantAppend(table, role);
    if (access === 'readAppend') table.grantReadData(role);
  }
};

/** The logical id CloudFormation gives a construct's resource, as cdk-nag prints it in a finding. */
const logicalId = (c: Construct) => Stack.of(c).getLogicalId(c.node.defaultChild as never);

/** One Lambda per FunctionSpec: every permission granted in the same loop that sets its variable. */
export class Functions extends Construct {
  readonly byId = new Map<string, { spec: FunctionSpec; fn: lambda.Function; role: iam.Role }>();

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    for (const spec of props.specs) {
      const { fn, role } = nodeFunction(this, spec.id, {
        functionName: `${props.prefix}-${spec.id}`,
        entry: spec.entry,
        description: spec.description,
        memoryMb: spec.memoryMb ?? 512,
        timeoutSeconds: spec.timeoutSeconds ?? 29,
        environment: { ...props.common },
        options: props.options,
      });
      const wildcardReasons: string[] = [];
      if (props.options.tracing) wildcardReasons.push('X-Ray PutTraceSegments/PutTelemetryRecords');
      const kmsWildcards = new Set<string>();

      for (const b of bindingsOf(spec)) {
        switch (b.kind) {
          case 'table': {
            const table = props.tables[b.table];
            grantTable(table, b.access, role);
            fn.addEnvironment(b.envVar, table.tableName);
            if (b.access !== 'read') kmsWildcards.add('table');
            if (tableSpecs[b.table].globalIndexes.length > 0)
              acknowledge(
                role,
                `AwsSolutions-IAM5[Resource::<${logicalId(table)}.Arn>/index/*]`,
                `Queries the ${b.table} table's global secondary indexes (sparse agenda and provider views); the grant covers this table's indexes only.`,
              );
            break;
          }
          case 'event-bus':
            props.bus.grantPutEventsTo(role);
            fn.addEnvironment(b.envVar, props.bus.eventBusName);
            break;
          case 'email':
            role.addToPrincipalPolicy(
              new iam.PolicyStatement({
                actions: ['ses:SendRawEmail'],
                resources: [...props.email.identityArns, props.email.configurationSetArn],
                conditions: { StringEquals: { 'ses:FromAddress': props.email.senderEmail } },
              }),
            );
            fn.addEnvironment('SENDER_EMAIL', props.email.senderEmail);
            fn.addEnvironment('SES_CONFIGURATION_SET', props.email.configurationSetName);
            break;
          case 'token-verification':
            fn.addEnvironment('AUTH_ISSUER', props.auth.issuer);
            fn.addEnvironment('AUTH_AUDIENCE', props.auth.audience);
            fn.addEnvironment('AUTH_JWKS_URL', props.auth.jwksUrl);
            fn.addEnvironment('AUTH_WEB_CLIENT_ID', props.auth.webClientId);
            break;
        }
      }

      const invokedAsync = (spec.subscriptions?.length ?? 0) > 0 || (spec.schedules?.length ?? 0) > 0;
      if (invokedAsync) {
        // EventBridge and Scheduler invoke asynchronously: a failure inside the function (after delivery)
        // never reaches the rule's or schedule's DLQ, so the function needs its own on-failure queue.
        const dlq = props.messaging.deadLetterQueue(
          this,
          `${spec.id}AsyncFailures`,
          `${spec.id} async invocation`,
        );
        fn.configureAsyncInvoke({
          onFailure: new destinations.SqsDestination(dlq),
          retryAttempts: 2,
          maxEventAge: Duration.hours(6),
        });
        kmsWildcards.add('dlq');
        acknowledge(
          fn,
          'Serverless-LambdaDLQ',
          'Async failures go to an on-failure destination (SQS), which also records the error; a second DeadLetterConfig would duplicate them.',
        );
      } else {
        const why = spec.streams?.length
          ? 'Invoked only by a DynamoDB stream event source mapping, which has its own on-failure queue.'
          : 'Invoked only synchronously by API Gateway; the caller gets the error, nothing is retried asynchronously.';
        acknowledge(fn, 'Serverless-LambdaDLQ', why);
        acknowledge(fn, 'Serverless-LambdaAsyncFailureDestination', why);
      }
      if (spec.streams?.length) {
        kmsWildcards.add('dlq');
        wildcardReasons.push('dynamodb:ListStreams (for the stream event source)');
      }
      if (kmsWildcards.size > 0) {
        const reason =
          'CDK grant for the customer-managed key of the table/queue this function writes; the action wildcard covers the GenerateDataKey/ReEncrypt variants of that one key, whose ARN is the resource.';
        acknowledge(role, 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason);
        acknowledge(role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason);
      }
      if (wildcardReasons.length > 0) {
        acknowledge(
          role,
          'AwsSolutions-IAM5[Resource::*]',
          `${wildcardReasons.join(' and ')}: these actions support no resource-level permissions.`,
        );
      }
      this.byId.set(spec.id, { spec, fn, role });
    }
  }
}
