import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// One client of each kind per process, created on first use and reused across invocations. Endpoints come
// from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, so the local stack needs no code path of its own.
let dynamo: DynamoDBDocumentClient | undefined;
let events: EventBridgeClient | undefined;
let ses: SESClient | undefined;

export const documentClientFor = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });

export const dynamoClient = (): DynamoDBDocumentClient => {
  dynamo ??= documentClientFor(new DynamoDBClient({}));
  return dynamo;
};

export const eventBridgeClient = (): EventBridgeClient => {
  events ??= new EventBridgeClient({});
  return events;
};

export const sesClient = (): SESClient => {
  ses ??= new SESClient({});
  return ses;
};
