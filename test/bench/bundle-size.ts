import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FunctionSpec, functions, repoRoot } from '@hjemmestotte/wiring';
import { build } from 'esbuild';

// The same esbuild options CDK's NodejsFunction gets in infra/src/lambda-defaults.ts (the SDK is bundled).
const cdkOptions = {
  bundle: true,
  minify: true,
  keepNames: true,
  platform: 'node' as const,
  format: 'esm' as const,
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'silent' as const,
};

export interface Bundle {
  id: string;
  file: string;
  bytes: number;
  bytesWithoutSdk: number;
}

/** Bundles `entry` (absolute path) to `<dir>/<id>/index.mjs`, as CDK does, and answers its size. */
export const bundle = async (id: string, entry: string, dir: string): Promise<Bundle> => {
  mkdirSync(join(dir, id), { recursive: true });
  const file = join(dir, id, 'index.mjs');
  await build({ ...cdkOptions, entryPoints: [entry], outfile: file, absWorkingDir: repoRoot });
  // For comparison only: the size if the runtime's own SDK were used (`external: ['@aws-sdk/*']`).
  const lean = await build({
    ...cdkOptions,
    entryPoints: [entry],
    write: false,
    outdir: join(dir, id, 'lean'),
    external: ['@aws-sdk/*'],
    absWorkingDir: repoRoot,
  });
  return { id, file, bytes: statSync(file).size, bytesWithoutSdk: lean.outputFiles[0]?.contents.length ?? 0 };
};

/** A Lambda that does nothing, bundled the same way: the floor every function's figures are compared to. */
export const helloWorld = (dir: string) => {
  const entry = join(dir, 'hello-world.ts');
  writeFileSync(entry, 'export const handler = async () => ({ statusCode: 200, body: "hello" });\n');
  return bundle('hello-world', entry, dir);
};

export const bundleAll = async (
  specs: FunctionSpec[] = functions,
  dir = mkdtempSync(join(tmpdir(), 'bundles-')),
) => {
  const out: Bundle[] = [await helloWorld(dir)];
  for (const f of specs) out.push(await bundle(f.id, join(repoRoot, f.entry), dir));
  return out;
};

export const printBundles = (bundles: Bundle[]) => {
  console.log(
    'bundle size per function: esbuild, minified, ESM, node24, as infra/src/lambda-defaults.ts bundles',
  );
  console.log(
    `  ${'function'.padEnd(22)} ${'bytes (SDK bundled, deployed)'.padStart(30)} ${'bytes (@aws-sdk/* external)'.padStart(28)}`,
  );
  for (const b of bundles)
    console.log(
      `  ${b.id.padEnd(22)} ${String(b.bytes).padStart(30)} ${String(b.bytesWithoutSdk).padStart(28)}`,
    );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printBundles(await bundleAll());
