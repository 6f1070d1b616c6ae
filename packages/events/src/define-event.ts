import * as z from 'zod';

export type ServiceName = 'intake' | 'planning' | 'visits' | 'reminders';

/**
 * One event of the catalog. Naming grammar: source `hjemmestotte.<producer>`, detail-type `<Entity><PastVerb>`
 * in PascalCase (CaseOpened, FollowUpHeld). `version` bumps on a breaking change of `data`; a test keeps
 * published fields from being removed or retyped.
 */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  source: `hjemmestotte.${ServiceName}`;
  detailType: string;
  version: number;
  description: string;
  data: S;
  producer: ServiceName;
  consumers: ServiceName[];
}

export const defineEvent = <S extends z.ZodType>(def: EventDefinition<S>): EventDefinition<S> => def;

/** The `detail` of every event: a small envelope around the event's data. */
export const envelopeSchema = <S extends z.ZodType>(data: S) =>
  z.object({
    version: z.number().int().positive(),
    eventId: z.string().min(1),
    occurredAt: z.string().datetime({ offset: true }),
    data,
  });

export type EventData<E extends EventDefinition> = z.infer<E['data']>;

export interface Envelope<D> {
  version: number;
  eventId: string;
  occurredAt: string;
  data: D;
}
