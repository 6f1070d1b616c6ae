/**
 * How every function is bundled for Lambda. CDK's NodejsFunction (`infra/src/lambda-defaults.ts`) and the
 * benchmarks (`test/bench/bundle-size.ts`) both read this, so what is measured is what is deployed.
 */
export const lambdaBundling = {
  /** The Node major of the Lambda runtime (`NODEJS_24_X`); esbuild targets the same. */
  nodeMajor: 24,
  format: 'esm',
  platform: 'node',
  // The ESM build of a package when it has one: it tree-shakes, the CommonJS one does not.
  mainFields: ['module', 'main'],
  // Minified (the SDK is bundled, see below) but with names kept, so stack traces still name the functions.
  minify: true,
  keepNames: true,
  sourceMap: false,
  // Bundle the AWS SDK too: the locked versions, not whatever the runtime ships this month.
  externalModules: [] as string[],
  // Some CommonJS dependencies call require() inside the ESM bundle.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;

/** The most a function's bundle may weigh as deployed (issue 14): checked by a unit test and the benchmark. */
export const maxBundleBytes = 700_000;
