import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { type TableName, tables } from '@hjemmestotte/wiring';
import { freePort } from './free-port.ts';

const emulatorDir = () => {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
};

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

// Java runs under a small shell that kills it when our stdin pipe closes, so even if this Node process is
// killed outright (SIGKILL), no stray `java` is left behind.
// A background job of a non-interactive shell ignores SIGINT, so the shell forwards INT/TERM/HUP itself.
const GUARD =
  'java "$@" & j=$!; trap "kill $j 2>/dev/null; exit 0" INT TERM HUP; trap "kill $j 2>/dev/null" EXIT; ' +
  'cat >/dev/null; kill $j 2>/dev/null; wait $j';

const waitUntilReady = async (endpoint: string, child: ChildProcess) => {
  const client = localClient(endpoint);
  const deadline = Date.now() + 30_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('DynamoDB Local did not start within 30 s');
  } finally {
    client.destroy();
  }
};

export const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

export const startDynamoDbLocal = async (port?: number): Promise<DynamoDbLocal> => {
  const p = port ?? (await freePort());
  const dir = emulatorDir();
  const args = [
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-jar',
    join(dir, 'DynamoDBLocal.jar'),
    '-inMemory',
    '-port',
    String(p),
    '-disableTelemetry',
  ];
  const child = spawn('sh', ['-c', GUARD, 'sh', ...args], {
    // DynamoDB Local writes a metadata file into its working directory, even in memory.
    cwd: mkdtempSync(join(tmpdir(), 'dynamodb-local-')),
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const endpoint = `http://127.0.0.1:${p}`;
  await waitUntilReady(endpoint, child);
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        // Killed by a signal (Ctrl-C reaches the whole group), it has a signalCode and no exitCode.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
};

/** Creates the tables of the wiring description in DynamoDB Local, each name with the given prefix. */
export const createTables = async (endpoint: string, prefix: string): Promise<Record<TableName, string>> => {
  const client = localClient(endpoint);
  const names = {} as Record<TableName, string>;
  try {
    for (const [table, spec] of Object.entries(tables) as [TableName, (typeof tables)[TableName]][]) {
      const name = `${prefix}${table}`;
      names[table] = name;
      const keys = [
        spec.partitionKey,
        spec.sortKey,
        ...spec.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      const attributes = new Map(keys.filter((k) => k !== undefined).map((k) => [k.name, k.type]));
      await client.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
            AttributeName,
            AttributeType,
          })),
          KeySchema: [
            { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
            ...(spec.sortKey ? [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' as const }] : []),
          ],
          GlobalSecondaryIndexes: spec.globalIndexes.length
            ? spec.globalIndexes.map((i) => ({
                IndexName: i.name,
                KeySchema: [
                  { AttributeName: i.partitionKey.name, KeyType: 'HASH' as const },
                  ...(i.sortKey ? [{ AttributeName: i.sortKey.name, KeyType: 'RANGE' as const }] : []),
                ],
                Projection: { ProjectionType: 'ALL' },
              }))
            : undefined,
          StreamSpecification: spec.stream ? { StreamEnabled: true, StreamViewType: spec.stream } : undefined,
        }),
      );
      if (spec.ttlAttribute) {
        await client.send(
          new UpdateTimeToLiveCommand({
            TableName: name,
            TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
          }),
        );
      }
    }
  } finally {
    client.destroy();
  }
  return names;
};
