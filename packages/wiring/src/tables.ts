/**
 * The DynamoDB tables, written once. CDK builds them from this (infra/), the local stack creates them
 * in DynamoDB Local from this (packages/local-stack), so keys and indexes cannot drift.
 */
export type TableName = 'main' | 'audit' | 'idempotency';

export interface KeySpec {
  name: string;
  type: 'S' | 'N';
}

export interface IndexSpec {
  name: string;
  partitionKey: KeySpec;
  sortKey?: KeySpec;
}

export interface TableSpec {
  /** What the table holds and who may touch it; shown in the README. */
  purpose: string;
  partitionKey: KeySpec;
  sortKey?: KeySpec;
  globalIndexes: IndexSpec[];
  /** New images on a stream: the transactional outbox is drained from it. */
  stream?: 'NEW_IMAGE';
  /** Attribute holding an epoch-seconds expiry. DynamoDB deletes late, so readers check it themselves. */
  ttlAttribute?: string;
}

const s = (name: string): KeySpec => ({ name, type: 'S' });

export const tables: Record<TableName, TableSpec> = {
  main: {
    purpose:
      'Cases, their history, plans, follow-ups, visits, status reports, providers, the reminder ledger and the outbox (single-table design).',
    partitionKey: s('pk'),
    sortKey: s('sk'),
    globalIndexes: [
      // Sparse: only items that still need attention carry agendaPk, so a sweep reads what is due, not all cases.
      { name: 'agenda', partitionKey: s('agendaPk'), sortKey: s('agendaSk') },
      // Sparse: only active cases carry providerPk.
      { name: 'byProvider', partitionKey: s('providerPk'), sortKey: s('providerSk') },
      // Sparse: only active cases carry caseworkerPk (`CASEWORKER#<email>`), sorted by their next deadline.
      { name: 'byCaseworker', partitionKey: s('caseworkerPk'), sortKey: s('caseworkerSk') },
      // Every case item: `CASES#active|closed`, newest registration first.
      { name: 'byStatus', partitionKey: s('statusPk'), sortKey: s('statusSk') },
    ],
    stream: 'NEW_IMAGE',
  },
  audit: {
    purpose: 'Append-only audit trail of every read and change of a case: who, role, action, when.',
    partitionKey: s('pk'),
    sortKey: s('sk'),
    globalIndexes: [],
  },
  idempotency: {
    purpose: 'Idempotency records for provider writes (Idempotency-Key), expiring after 24 hours.',
    partitionKey: s('id'),
    globalIndexes: [],
    ttlAttribute: 'expiration',
  },
};

export const tableNames = Object.keys(tables) as TableName[];

/** The environment variable through which a function learns a table's name. */
export const tableEnvVar = (table: TableName): string => `TABLE_${table.toUpperCase()}`;
