import type { KeySpec, TableName, TableSpec } from '@hjemmestotte/wiring';
import { tables as tableSpecs } from '@hjemmestotte/wiring';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

const attribute = (k: KeySpec): dynamodb.Attribute => ({
  name: k.name,
  type: k.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

/**
 * The tables of the wiring description, each with the municipality's own customer-managed key,
 * point-in-time recovery and deletion protection: case data about children must survive mistakes.
 */
export class DataTables extends Construct {
  readonly key: kms.Key;
  readonly tables = {} as Record<TableName, dynamodb.Table>;

  constructor(scope: Construct, id: string, props: { prefix: string }) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Hjemmestøtte: case data at rest',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const [name, spec] of Object.entries(tableSpecs) as [TableName, TableSpec][]) {
      const table = new dynamodb.Table(this, `Table-${name}`, {
        tableName: `${props.prefix}-${name}`,
        partitionKey: attribute(spec.partitionKey),
        ...(spec.sortKey ? { sortKey: attribute(spec.sortKey) } : {}),
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: this.key,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
        ...(spec.stream ? { stream: dynamodb.StreamViewType.NEW_IMAGE } : {}),
        ...(spec.ttlAttribute ? { timeToLiveAttribute: spec.ttlAttribute } : {}),
      });
      for (const index of spec.globalIndexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.name,
          partitionKey: attribute(index.partitionKey),
          ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
          projectionType: dynamodb.ProjectionType.ALL,
        });
      }
      this.tables[name] = table;
    }
  }
}
