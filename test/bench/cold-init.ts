import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  environmentOf,
  functions,
  loadMunicipality,
  type ResolvedResources,
  repoRoot,
} from '@hjemmestotte/wiring';
import { type Bundle, bundle, bundleAll, largest } from './bundle-size.ts';

/** The most the largest function's cold init may take, as a multiple of a hello-world bundle's (issue 14). */
export const maxInitRatio = 2.0;

/**
 * A function's environment as CDK sets it, with placeholder but well-formed values (init must not need the
 * network); `tables` swaps in real table names for a run against DynamoDB Local.
 */
export const benchEnvironment = (
  id: string,
  tables: ResolvedResources['tableNames'] = {
    main: 'demo-main',
    audit: 'demo-audit',
    idempotency: 'demo-idempotency',
  },
) => {
  const m = loadMunicipality('demo');
  const spec = functions.find((f) => f.id === id);
  if (!spec) return {};
  return environmentOf(spec, {
    tableNames: tables,
    eventBusName: 'demo-events',
    senderEmail: m.senderEmail,
    sesConfigurationSet: 'demo-email',
    auth: {
      issuer: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_example',
      audience: 'hjemmestotte-api',
      jwksUrl: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_example/.well-known/jwks.json',
      webClientId: '1example23456789abcdefghij',
    },
    common: {
      MUNICIPALITY_ID: m.id,
      MUNICIPALITY_POLICY: JSON.stringify(m.policy),
      CASE_LINK_TEMPLATE: m.caseLinkTemplate ?? '',
      WEB_ORIGIN: m.webOrigin ?? 'https://d111111abcdef8.cloudfront.net',
      DEFAULT_TEAM_LEADER_EMAIL: m.defaultTeamLeaderEmail,
      ADMIN_EMAIL: m.adminEmail,
      OAUTH_BASE_URL: 'http://127.0.0.1:3000',
    },
  });
};

// Lambda's init phase is the runtime starting plus the import of the bundle; the whole process is timed
// (start, import, check the handler, exit), so Node's own start-up is in both figures and in the floor.
// The probe also prints the CPU time the process has used by then (all threads: compile, GC): on the shared
// machine a busy neighbour stretches wall time far more than CPU time.
const probe = `const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('no handler');
const u = process.cpuUsage();
console.log((u.user + u.system) / 1000);`;

/** The Node binary the benchmark runs bundles with: `BENCH_NODE`, else this process's own. */
export const benchNode = () => process.env.BENCH_NODE || process.execPath;

const nodeVersion = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();

const timeProcess = (b: Bundle, node: string): { ms: number; cpuMs: number } => {
  const started = process.hrtime.bigint();
  const r = spawnSync(node, ['--input-type=module', '-e', probe, pathToFileURL(b.file).href], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'fake',
      AWS_SECRET_ACCESS_KEY: 'fake',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...benchEnvironment(b.id),
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${b.id}: exit ${r.status} ${r.signal ?? ''} ${r.stderr}`);
  return { ms, cpuMs: Number(r.stdout.trim().split('\n').pop()) };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export interface ColdInit {
  id: string;
  bytes: number;
  medianMs: number;
  /** The fastest and slowest round: the spread the noise of the shared machine leaves. */
  minMs: number;
  maxMs: number;
  ratio: number;
  /** Median CPU time (user + system, every thread) of the process up to the handler check. */
  cpuMs: number;
}

/**
 * Median wall-clock time of a fresh process importing each bundle, over `runs` rounds, and its ratio to
 * the hello-world bundle's. Each round runs hello-world and then every bundle once, alternating, so a
 * burst of load on the shared machine falls on the floor and the functions alike.
 */
export const measureColdInit = (bundles: Bundle[], runs = 5, node = benchNode()): ColdInit[] => {
  const times = new Map<string, number[]>(bundles.map((b) => [b.id, []]));
  const cpu = new Map<string, number[]>(bundles.map((b) => [b.id, []]));
  for (let round = 0; round < runs; round++)
    for (const b of bundles) {
      const t = timeProcess(b, node);
      times.get(b.id)?.push(t.ms);
      cpu.get(b.id)?.push(t.cpuMs);
    }
  const floor = median(times.get('hello-world') ?? [1]);
  return bundles.map((b) => {
    const ms = times.get(b.id) ?? [];
    const medianMs = median(ms);
    return {
      id: b.id,
      bytes: b.bytes,
      medianMs,
      minMs: Math.min(...ms),
      maxMs: Math.max(...ms),
      ratio: medianMs / floor,
      cpuMs: median(cpu.get(b.id) ?? []),
    };
  });
};

/** The row the last column is counted from: what the SDK's two clients cost by themselves. */
const sdkFloorId = 'sdk-clients-only';

export const printColdInit = (rows: ColdInit[], runs: number, node = benchNode()) => {
  const sdk = rows.find((r) => r.id === sdkFloorId);
  console.log(
    `cold init: whole fresh process (node ${nodeVersion(node)}) importing each bundle, median of ${runs} alternating rounds`,
  );
  console.log(
    `  ${'bundle'.padEnd(28)} ${'kB'.padStart(7)} ${'median'.padStart(9)}  ${'min–max'.padStart(15)}  ${'ratio'.padStart(18)}  ${'CPU'.padStart(8)}${sdk ? `  ${'above SDK clients'.padStart(18)}` : ''}`,
  );
  for (const r of rows) {
    const fn = sdk && functions.some((f) => f.id === r.id);
    // A function's figure above the SDK clients' row: our code, zod, middy, Powertools, jose, the SDK
    // commands it uses, and what its import runs (functions only: the other rows are floors).
    const above = fn ? `${(r.medianMs - sdk.medianMs).toFixed(1).padStart(6)} ms` : '';
    const aboveCpu = fn ? ` (CPU ${(r.cpuMs - sdk.cpuMs).toFixed(1)})` : '';
    console.log(
      `  ${r.id.padEnd(28)} ${(r.bytes / 1000).toFixed(1).padStart(7)} ${r.medianMs.toFixed(1).padStart(6)} ms  ${`${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)} ms`.padStart(15)}  ${r.ratio.toFixed(2).padStart(5)}× hello-world  ${r.cpuMs.toFixed(1).padStart(5)} ms${sdk ? `  ${above}${aboveCpu}` : ''}`,
    );
  }
};

/**
 * For the reader only, not targets: two floors between hello-world and the functions.
 * `node-builtins-only` loads the Node built-ins the SDK's HTTP handler and the functions use, through
 * `process.getBuiltinModule` as the Lambda runtime client and CommonJS code do (a bare `import 'node:x'` is
 * dropped by esbuild, and an ESM import of `node:http` would also make Node 24 load undici).
 * `sdk-clients-only` is lambda-kit's DynamoDB document client and SES client, constructed at import as the
 * functions do, bundled with the same flags: what the SDK costs by itself; `sdk-clients-full-chain` the
 * same without `lambdaBundling.alias`, i.e. with the SDK's whole default credential chain.
 */
const floors = async (dir: string) => {
  const builtins = ['http', 'https', 'http2', 'crypto', 'stream', 'zlib', 'os', 'fs', 'dns', 'tls', 'net'];
  const builtinsEntry = join(dir, 'node-builtins.ts');
  writeFileSync(
    builtinsEntry,
    `for (const b of ${JSON.stringify(builtins)}) process.getBuiltinModule(\`node:\${b}\`);\nexport const handler = async () => ({ statusCode: 200 });\n`,
  );
  const sdkEntry = join(dir, 'sdk-clients.ts');
  writeFileSync(
    sdkEntry,
    `import { dynamoClient, sesClient } from ${JSON.stringify(join(repoRoot, 'packages/lambda-kit/src/clients.ts'))};\nconst clients = [dynamoClient(), sesClient()];\nexport const handler = async () => ({ statusCode: 200, body: String(clients.length) });\n`,
  );
  return [
    await bundle('node-builtins-only', builtinsEntry, dir),
    await bundle('sdk-clients-only', sdkEntry, dir),
    // The same two clients with the SDK's whole default credential chain, as before the alias.
    await bundle('sdk-clients-full-chain', sdkEntry, dir, { alias: {} }),
  ];
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 11);
  const dir = mkdtempSync(join(tmpdir(), 'cold-'));
  const bundles = await bundleAll(functions, dir);
  bundles.splice(1, 0, ...(await floors(dir)));
  const rows = measureColdInit(bundles, runs);
  printColdInit(rows, runs);
  const big = largest(bundles.filter((b) => functions.some((f) => f.id === b.id)));
  const row = rows.find((r) => r.id === big.id);
  const floor = rows.find((r) => r.id === 'hello-world');
  const verdict = `largest function ${big.id} (${big.bytes} B): ${row?.medianMs.toFixed(1)} ms against hello-world ${floor?.medianMs.toFixed(1)} ms = ${row?.ratio.toFixed(2)}× (limit ${maxInitRatio.toFixed(1)}×)`;
  if (!row || row.ratio > maxInitRatio) {
    console.error(`FAIL: ${verdict}`);
    process.exit(1);
  }
  console.log(`PASS: ${verdict}`);
}
