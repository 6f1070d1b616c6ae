import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FunctionSpec, functions, lambdaBundling, maxBundleBytes, repoRoot } from '@hjemmestotte/wiring';
import { type BuildOptions, build, type Metafile } from 'esbuild';

// CDK's NodejsFunction runs esbuild with these flags (infra/src/lambda-defaults.ts reads the same
// `lambdaBundling`); externalModules is empty, so the AWS SDK is bundled as deployed.
export const cdkOptions: BuildOptions = {
  bundle: true,
  minify: lambdaBundling.minify,
  keepNames: lambdaBundling.keepNames,
  sourcemap: lambdaBundling.sourceMap,
  platform: lambdaBundling.platform,
  format: lambdaBundling.format,
  target: `node${lambdaBundling.nodeMajor}`,
  mainFields: [...lambdaBundling.mainFields],
  external: [...lambdaBundling.externalModules],
  alias: { ...lambdaBundling.alias },
  banner: { js: lambdaBundling.banner },
  metafile: true,
  logLevel: 'silent',
};

export interface Contributor {
  /** An npm package name, or a workspace folder such as `packages/domain`. */
  name: string;
  bytes: number;
}

export interface Bundle {
  id: string;
  /** Where the bundle was written (`<dir>/<id>/index.mjs`), as CDK writes it. */
  file: string;
  bytes: number;
  /** What the minified output is made of, largest first. */
  contributors: Contributor[];
  /** Every source file with bytes in the output (repository-relative). */
  inputs: string[];
}

const packageOf = (input: string): string => {
  const inModules = input.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  return inModules?.[1] ?? input.split('/').slice(0, 2).join('/');
};

const contributorsOf = (metafile: Metafile): Contributor[] => {
  const byName = new Map<string, number>();
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      byName.set(packageOf(input), (byName.get(packageOf(input)) ?? 0) + bytesInOutput);
  return [...byName].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
};

/**
 * Bundles `entry` (absolute path) to `<dir>/<id>/index.mjs`, as CDK does, and answers its size. `override`
 * is for the benchmarks' comparison rows only (e.g. without the aliases), never for a function.
 */
export const bundle = async (
  id: string,
  entry: string,
  dir: string,
  override: BuildOptions = {},
): Promise<Bundle> => {
  mkdirSync(join(dir, id), { recursive: true });
  const file = join(dir, id, 'index.mjs');
  const result = await build({
    ...cdkOptions,
    ...override,
    entryPoints: [entry],
    outfile: file,
    absWorkingDir: repoRoot,
  });
  const metafile = result.metafile as Metafile;
  const bytes = Object.values(metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  const inputs = Object.values(metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { id, file, bytes, contributors: contributorsOf(metafile), inputs };
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

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The functions over the limit (hello-world is not a function). */
export const overLimit = (bundles: Bundle[]) =>
  bundles.filter((b) => b.id !== 'hello-world' && b.bytes > maxBundleBytes);

export const largest = (bundles: Bundle[]) =>
  bundles.filter((b) => b.id !== 'hello-world').reduce((a, b) => (b.bytes > a.bytes ? b : a));

export const printBundles = (bundles: Bundle[], top = 12) => {
  console.log(
    `bundle size per function as deployed: esbuild ${cdkOptions.target}, ${cdkOptions.format}, minified, AWS SDK bundled (limit ${kB(maxBundleBytes)})`,
  );
  for (const b of bundles)
    console.log(
      `  ${b.id.padEnd(30)} ${String(b.bytes).padStart(9)} B  ${kB(b.bytes).padStart(10)}${b.bytes > maxBundleBytes && b.id !== 'hello-world' ? '  OVER THE LIMIT' : ''}`,
    );
  const big = largest(bundles);
  console.log(`top ${top} contributors of the largest bundle, ${big.id} (minified bytes in the output):`);
  for (const c of big.contributors.slice(0, top))
    console.log(
      `  ${c.name.padEnd(40)} ${kB(c.bytes).padStart(10)}  ${((100 * c.bytes) / big.bytes).toFixed(1).padStart(5)} %`,
    );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bundles = await bundleAll();
  printBundles(bundles);
  const over = overLimit(bundles);
  if (over.length > 0) {
    console.error(
      `FAIL: over ${kB(maxBundleBytes)}: ${over.map((b) => `${b.id} ${kB(b.bytes)}`).join(', ')}`,
    );
    process.exit(1);
  }
  console.log(
    `PASS: every function ≤ ${kB(maxBundleBytes)} (largest ${largest(bundles).id}, ${kB(largest(bundles).bytes)})`,
  );
}
