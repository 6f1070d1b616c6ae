import type { FunctionSpec } from './function-spec.ts';
import { intakeFunctions } from './services/intake.ts';
import { planningFunctions } from './services/planning.ts';
import { remindersFunctions } from './services/reminders.ts';
import { visitsFunctions } from './services/visits.ts';

/** The one wiring description: every function of every service. */
export const functions: FunctionSpec[] = [
  ...intakeFunctions,
  ...planningFunctions,
  ...visitsFunctions,
  ...remindersFunctions,
];

export const routesOf = (specs: FunctionSpec[] = functions) =>
  specs.flatMap((f) =>
    (f.routes ?? []).map((r) => ({ ...r, functionId: f.id, routeKey: `${r.method} ${r.path}` })),
  );
