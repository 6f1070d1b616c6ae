import type { TableName } from './tables.ts';

export type ServiceName = 'intake' | 'planning' | 'visits' | 'reminders';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/**
 * `append`: only adds items (PutItem, BatchWriteItem of puts, a Put inside TransactWriteItems), never
 * changes or deletes one: for the append-only audit table. `readAppend`: that plus reads (the trail's own
 * read route). `write`/`readWrite` also allow UpdateItem and DeleteItem.
 */
export type TableAccess = 'read' | 'write' | 'readWrite' | 'append' | 'readAppend';

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway HTTP API path syntax: `/v1/cases/{caseId}`. */
  path: string;
  /** `jwt`: the handler verifies the bearer token (no gateway authorizer, see infra/src/api.ts); `none`: public. */
  auth: 'jwt' | 'none';
}

/** An EventBridge rule: one source and detail-type from the event catalog. */
export interface SubscriptionSpec {
  source: string;
  detailType: string;
  /** `default`: the rule sits on the account's default bus (AWS service events, e.g. SES feedback, only go there). */
  bus?: 'default';
}

/** A schedule in the municipality's time zone; the function receives `{ schedule, scheduledAt }`. */
export interface ScheduleSpec {
  name: string;
  /** Fires every day at the municipality's send hour (the handler skips non-working days itself). */
  at: 'send-hour';
}

/** A DynamoDB Stream subscription, filtered to items whose `pk` starts with the prefix. */
export interface StreamSpec {
  table: TableName;
  pkPrefix: string;
  batchSize: number;
}

export interface FunctionSpec {
  /** Unique, kebab-case: becomes the Lambda's logical name. */
  id: string;
  service: ServiceName;
  /** Repository-relative path of the module exporting `handler`. */
  entry: string;
  description: string;
  routes?: RouteSpec[];
  subscriptions?: SubscriptionSpec[];
  schedules?: ScheduleSpec[];
  streams?: StreamSpec[];
  /** Least privilege: each table with the access this function needs, nothing else. */
  tables?: Partial<Record<TableName, TableAccess>>;
  /** PutEvents on the bus. */
  publishesEvents?: boolean;
  /** SendRawEmail through the municipality's identity and configuration set. */
  sendsEmail?: boolean;
  timeoutSeconds?: number;
  memoryMb?: number;
}
