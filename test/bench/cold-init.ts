import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { environmentOf, functions, loadMunicipality } from '@hjemmestotte/wiring';
import { type Bundle, bundle, bundleAll, largest } from './bundle-size.ts';

/** The most the largest function's cold init may take, as a multiple of a hello-world bundle's (issue 14). */
export const maxInitRatio = 2.0;

/** Fake but well-formed values for every binding: init must not need the network. */
const fakeEnvironment = (id: string) => {
  const m = loadMunicipality('demo');
  const spec = functions.find((f) => f.id === id);
  if (!spec) return {};
  return environmentOf(spec, {
    tableNames: { main: 'demo-main', audit: 'demo-audit', idempotency: 'demo-idempotency' },
    eventBusName: 'demo-events',
    senderEmail: m.senderEmail,
    sesConfigurationSet: 'demo-email',
    auth: {
      issuer: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_example',
      audience: 'hjemmestotte-api',
      jwksUrl: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_example/.well-known/jwks.json',
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
const probe = `const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('no handler');`;

/** The Node binary the benchmark runs bundles with: `BENCH_NODE`, else this process's own. */
export const benchNode = () => process.env.BENCH_NODE || process.execPath;

const nodeVersion = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();

const timeProcess = (b: Bundle, node: string): number => {
  const started = process.hrtime.bigint();
  const r = spawnSync(node, ['--input-type=module', '-e', probe, pathToFileURL(b.file).href], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'fake',
      AWS_SECRET_ACCESS_KEY: 'fake',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...fakeEnvironment(b.id),
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${b.id}: exit ${r.status} ${r.signal ?? ''} ${r.stderr}`);
  return ms;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export interface ColdInit {
  id: string;
  medianMs: number;
  ratio: number;
}

/**
 * Median wall-clock time of a fresh process importing each bundle, over `runs` rounds, and its ratio to
 * the hello-world bundle's. Each round runs hello-world and then every bundle once, alternating, so a
 * burst of load on the shared machine falls on the floor and the functions alike.
 */
export const measureColdInit = (bundles: Bundle[], runs = 5, node = benchNode()): ColdInit[] => {
  const times = new Map<string, number[]>(bundles.map((b) => [b.id, []]));
  for (let round = 0; round < runs; round++)
    for (const b of bundles) times.get(b.id)?.push(timeProcess(b, node));
  const floor = median(times.get('hello-world') ?? [1]);
  return bundles.map((b) => {
    const medianMs = median(times.get(b.id) ?? []);
    return { id: b.id, medianMs, ratio: medianMs / floor };
  });
};

export const printColdInit = (rows: ColdInit[], runs: number, node = benchNode()) => {
  console.log(
    `cold init: whole fresh process (node ${nodeVersion(node)}) importing each bundle, median of ${runs} alternating rounds`,
  );
  for (const r of rows)
    console.log(
      `  ${r.id.padEnd(24)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${r.ratio.toFixed(2).padStart(6)}× hello-world`,
    );
};

/**
 * For the reader only, not a target: a do-nothing handler that imports the Node built-ins the AWS SDK's
 * HTTP handler and credential chain load (http, https, crypto, child_process, …). On Lambda the runtime
 * client itself has loaded several of them before init.
 */
const builtinsFloor = (dir: string) => {
  const entry = join(dir, 'node-builtins.ts');
  const builtins = [
    'http',
    'https',
    'http2',
    'crypto',
    'child_process',
    'stream',
    'zlib',
    'os',
    'fs',
    'dns',
    'dgram',
    'tls',
    'net',
  ];
  writeFileSync(
    entry,
    `${builtins.map((b) => `import 'node:${b}';`).join(' ')}\nexport const handler = async () => ({ statusCode: 200 });\n`,
  );
  return bundle('node-builtins-only', entry, dir);
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 11);
  const dir = mkdtempSync(join(tmpdir(), 'cold-'));
  const bundles = await bundleAll(functions, dir);
  bundles.splice(1, 0, await builtinsFloor(dir));
  const rows = measureColdInit(bundles, runs);
  printColdInit(rows, runs);
  const big = largest(bundles);
  const row = rows.find((r) => r.id === big.id);
  const floor = rows.find((r) => r.id === 'hello-world');
  const verdict = `largest function ${big.id} (${big.bytes} B): ${row?.medianMs.toFixed(1)} ms against hello-world ${floor?.medianMs.toFixed(1)} ms = ${row?.ratio.toFixed(2)}× (limit ${maxInitRatio.toFixed(1)}×)`;
  if (!row || row.ratio > maxInitRatio) {
    console.error(`FAIL: ${verdict}`);
    process.exit(1);
  }
  console.log(`PASS: ${verdict}`);
}
