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
  /**
   * Packages swapped for a smaller module in the bundles only (esbuild `alias`; paths relative to the
   * repository root, where CDK runs esbuild). The SDK's default credential chain becomes its first link,
   * the environment variables Lambda always sets from the execution role: the rest of the chain (SSO, ini
   * files, process, web identity, container and instance metadata, the STS and SSO clients they nest)
   * can never answer in Lambda, yet bundled it is code to compile at every cold start and its static
   * `import "node:http"` makes Node 24 load undici (~20 ms). Tests and the local stack run the sources and
   * keep the full chain. See packages/lambda-kit/src/lambda-credentials.ts.
   */
  alias: {
    '@aws-sdk/credential-provider-node': './packages/lambda-kit/src/lambda-credentials.ts',
  } as Record<string, string>,
  // Some CommonJS dependencies call require() inside the ESM bundle.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;

/** The most a function's bundle may weigh as deployed (issue 14): checked by a unit test and the benchmark. */
export const maxBundleBytes = 700_000;
