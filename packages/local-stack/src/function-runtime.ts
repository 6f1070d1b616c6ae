import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { FunctionSpec } from '@hjemmestotte/wiring';
import { repoRoot } from '@hjemmestotte/wiring';
import type { Context } from 'aws-lambda';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Runs the real handler modules in this process, the way Lambda would call them: same event shapes, a
 * context with a deadline. Modules load on first call, after the stack has set the environment.
 */
export interface FunctionRuntime {
  specs: FunctionSpec[];
  invoke(functionId: string, event: unknown): Promise<unknown>;
}

const contextFor = (spec: FunctionSpec): Context => {
  const deadline = Date.now() + (spec.timeoutSeconds ?? 29) * 1000;
  return {
    awsRequestId: randomUUID(),
    functionName: spec.id,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-north-1:000000000000:function:${spec.id}`,
    memoryLimitInMB: String(spec.memoryMb ?? 512),
    logGroupName: `/aws/lambda/${spec.id}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

export const createFunctionRuntime = (specs: FunctionSpec[]): FunctionRuntime => {
  const loaded = new Map<string, Promise<Handler>>();
  const load = (spec: FunctionSpec) => {
    let h = loaded.get(spec.id);
    if (!h) {
      h = import(pathToFileURL(`${repoRoot}${spec.entry}`).href).then((m: { handler?: Handler }) => {
        if (typeof m.handler !== 'function') throw new Error(`${spec.entry} exports no handler`);
        return m.handler;
      });
      loaded.set(spec.id, h);
    }
    return h;
  };
  return {
    specs,
    async invoke(functionId, event) {
      const spec = specs.find((s) => s.id === functionId);
      if (!spec) throw new Error(`unknown function ${functionId}`);
      const handler = await load(spec);
      return handler(event, contextFor(spec));
    },
  };
};
