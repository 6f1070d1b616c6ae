import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { environmentOf, functions, loadMunicipality } from '@hjemmestotte/wiring';
import { type Bundle, bundleAll } from './bundle-size.ts';

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
      CASE_LINK_TEMPLATE: m.caseLinkTemplate,
      WEB_ORIGIN: m.webOrigin,
      DEFAULT_TEAM_LEADER_EMAIL: m.defaultTeamLeaderEmail,
      ADMIN_EMAIL: m.adminEmail,
      OAUTH_BASE_URL: 'http://127.0.0.1:3000',
    },
  });
};

// Imports the bundle in a fresh process and prints how long the import (Lambda's init phase) took.
const probe = `const t = performance.now(); const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('no handler');
console.log(JSON.stringify({ ms: performance.now() - t }));`;

const timeImport = (b: Bundle): number => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe, pathToFileURL(b.file).href], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'fake',
      AWS_SECRET_ACCESS_KEY: 'fake',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...fakeEnvironment(b.id),
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${b.id}: ${r.stderr}`);
  return (JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number }).ms;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface ColdInit {
  id: string;
  medianMs: number;
  ratio: number;
}

/** Median import time of each bundle over `runs` fresh processes, and its ratio to the hello-world bundle. */
export const measureColdInit = (bundles: Bundle[], runs = 5): ColdInit[] => {
  const times = bundles.map((b) => ({
    id: b.id,
    medianMs: median(Array.from({ length: runs }, () => timeImport(b))),
  }));
  const floor = times.find((t) => t.id === 'hello-world')?.medianMs ?? 1;
  return times.map((t) => ({ ...t, ratio: t.medianMs / floor }));
};

export const printColdInit = (rows: ColdInit[], runs: number) => {
  console.log(
    `cold init (import of the bundle in a fresh node ${process.version} process, median of ${runs})`,
  );
  for (const r of rows)
    console.log(
      `  ${r.id.padEnd(22)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${r.ratio.toFixed(1).padStart(6)}× hello-world`,
    );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 5);
  printColdInit(
    measureColdInit(await bundleAll(functions, mkdtempSync(join(tmpdir(), 'cold-'))), runs),
    runs,
  );
}
