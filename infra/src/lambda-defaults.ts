import { join } from 'node:path';
import { lambdaBundling, repoRoot } from '@hjemmestotte/wiring';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** `lambdaBundling.alias` as CDK's esbuildArgs: `{ '--alias': ['from=to', …] }` becomes `--alias:from=to …`. */
export const esbuildAliasArgs = (alias: Record<string, string>): Record<string, string[]> => {
  const pairs = Object.entries(alias).map(([from, to]) => `${from}=${to}`);
  return pairs.length > 0 ? { '--alias': pairs } : {};
};

export interface LambdaOptions {
  /** X-Ray active tracing (context `tracing`, on unless `false`). */
  tracing: boolean;
  logRetention: logs.RetentionDays;
}

/**
 * Every Lambda of the app, built the same way: Node.js 24 on arm64, an ESM esbuild bundle of the
 * repository-relative entry, its own log group with retention and its own role (no managed policy:
 * it may write to its own log group and nothing else until a binding grants more).
 */
export const nodeFunction = (
  scope: Construct,
  id: string,
  props: {
    functionName: string;
    entry: string;
    description: string;
    memoryMb: number;
    timeoutSeconds: number;
    environment?: Record<string, string>;
    options: LambdaOptions;
  },
): { fn: nodejs.NodejsFunction; role: iam.Role } => {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    logGroupName: `/aws/lambda/${props.functionName}`,
    retention: props.options.logRetention,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs ${props.functionName}`,
  });
  logGroup.grantWrite(role);
  const fn = new nodejs.NodejsFunction(scope, id, {
    functionName: props.functionName,
    entry: join(repoRoot, props.entry),
    handler: 'handler',
    description: props.description.slice(0, 256),
    runtime: lambda.Runtime.NODEJS_24_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memoryMb,
    timeout: Duration.seconds(props.timeoutSeconds),
    role,
    logGroup,
    loggingFormat: lambda.LoggingFormat.JSON,
    tracing: props.options.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
    environment: props.environment ?? {},
    projectRoot: repoRoot,
    depsLockFilePath: join(repoRoot, 'pnpm-lock.yaml'),
    // The flags live in the wiring, so the bundle-size and cold-init benchmarks measure what is deployed.
    bundling: {
      format: nodejs.OutputFormat.ESM,
      target: `node${lambdaBundling.nodeMajor}`,
      platform: lambdaBundling.platform,
      mainFields: [...lambdaBundling.mainFields],
      externalModules: [...lambdaBundling.externalModules],
      minify: lambdaBundling.minify,
      keepNames: lambdaBundling.keepNames,
      sourceMap: lambdaBundling.sourceMap,
      banner: lambdaBundling.banner,
      // CDK passes esbuild's `--alias:from=to` through esbuildArgs (it has no typed option for it).
      esbuildArgs: esbuildAliasArgs(lambdaBundling.alias),
    },
  });
  return { fn, role };
};
