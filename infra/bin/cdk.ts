import { spawnSync } from 'node:child_process';
import { repoRoot } from '@hjemmestotte/wiring';

/** Runs the project's CDK CLI from the repository root (where cdk.json is); exits with its status. */
export const runCdk = (args: string[]): never => {
  const result = spawnSync('npx', ['cdk', ...args], { cwd: repoRoot, stdio: 'inherit' });
  process.exit(result.status ?? 1);
};

export const municipalityArg = (argv: string[]): string => {
  const i = argv.indexOf('--municipality');
  const id = i >= 0 ? argv[i + 1] : undefined;
  if (!id) {
    console.error('usage: --municipality <id>   (a file infra/municipalities/<id>.json)');
    process.exit(2);
  }
  return id;
};
