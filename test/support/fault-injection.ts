/**
 * Faults injected into the handlers' own SDK clients (the lambda-kit singletons) from a test: an `initialize`
 * middleware, so no production code knows about it. It sits above the SDK's retry strategy, so a thrown
 * error is what the use case sees after the SDK gave up: the worst case.
 */
export type FaultDecision =
  | { pass: true }
  | { throw: Error }
  /** Let the service do the call, then lose its answer (a time-out after the write committed). */
  | { throwAfter: Error }
  /** Answer without calling the service (e.g. a PutEvents result with failed entries). */
  | { output: Record<string, unknown> };

export interface FaultCall {
  commandName: string;
  input: Record<string, unknown>;
  /** 0-based index among the calls this fault has seen. */
  index: number;
}

type Args = { input: unknown };
type Next = (args: Args) => Promise<unknown>;
type InitializeMiddleware = (
  next: Next,
  context: { commandName?: string },
) => (args: Args) => Promise<unknown>;
/** The part of any SDK client's middleware stack used here (structural, so any client fits). */
interface AnyClient {
  middlewareStack: {
    // biome-ignore lint/suspicious/noExplicitAny: each client types its middleware by its own commands
    add(middleware: any, options: { step: 'initialize'; name: string; override?: boolean }): void;
    remove(name: string): boolean;
  };
}

/** An error shaped like the SDK's service exceptions (name, $fault, $metadata), which code checks by name. */
export const awsError = (name: string, message = `injected ${name}`, fault: 'client' | 'server' = 'client') =>
  Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: 400 } });

export const injectFault = (client: AnyClient, decide: (call: FaultCall) => FaultDecision) => {
  const name = `fault-${Math.random().toString(36).slice(2)}`;
  const calls: FaultCall[] = [];
  let active = true;
  const middleware: InitializeMiddleware = (next, context) => async (args) => {
    if (!active) return next(args);
    const call = {
      commandName: context.commandName ?? '',
      input: args.input as Record<string, unknown>,
      index: calls.length,
    };
    calls.push(call);
    const d = decide(call);
    if ('throw' in d) throw d.throw;
    if ('throwAfter' in d) {
      await next(args);
      throw d.throwAfter;
    }
    if ('output' in d) return { output: { $metadata: {}, ...d.output }, response: {} };
    return next(args);
  };
  client.middlewareStack.add(middleware, { step: 'initialize', name, override: true });
  return {
    calls,
    /** Stops injecting (the middleware also leaves the stack). */
    clear() {
      active = false;
      client.middlewareStack.remove(name);
    },
  };
};

export const pass = (): FaultDecision => ({ pass: true });
