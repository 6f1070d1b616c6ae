#!/usr/bin/env node
// Runs `node <args>` on the Node version the functions are deployed on (Lambda NODEJS_24_X), whatever Node
// this machine has: the official binary ships in the npm registry as `node-<platform>-<arch>`, and
// `npm exec` fetches it once into npm's cache. Nothing is added to the project's own install, so the
// README's first command still needs only Node 20. Plain JavaScript: it must start on any Node.
//   node test/bench/lambda-node.mjs --import tsx test/bench/cold-init.ts 11
import { spawnSync } from 'node:child_process';

// Keep the major equal to `lambdaBundling.nodeMajor` (packages/wiring/src/bundling.ts); a unit test checks it.
export const LAMBDA_NODE_VERSION = '24.21.0';

const platform = process.platform === 'win32' ? 'win' : process.platform;
const binaryPackage = `node-${platform}-${process.arch}@${LAMBDA_NODE_VERSION}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(
    npm,
    ['exec', '--yes', `--package=${binaryPackage}`, '--', 'node', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  process.exit(r.status ?? 1);
}
