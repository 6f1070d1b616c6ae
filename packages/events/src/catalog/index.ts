import type { EventDefinition } from '../define-event.ts';
import * as intake from './intake.ts';
import * as planning from './planning.ts';
import * as visits from './visits.ts';

export * from './intake.ts';
export * from './planning.ts';
export * from './visits.ts';

/** Every event, for infra, the local bus, the README and the compatibility test. */
export const eventCatalog: EventDefinition[] = [
  ...Object.values(intake),
  ...Object.values(planning),
  ...Object.values(visits),
];
