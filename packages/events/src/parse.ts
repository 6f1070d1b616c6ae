import type * as z from 'zod';
import { type Envelope, type EventDefinition, envelopeSchema } from './define-event.ts';

/** The part of an EventBridge event a consumer reads. */
export interface IncomingEvent {
  source: string;
  'detail-type': string;
  detail: unknown;
}

/** Parses an incoming event with the catalog's own schema; a mismatch throws (and goes to the DLQ). */
export const parseEvent = <E extends EventDefinition>(
  definition: E,
  event: IncomingEvent,
): Envelope<z.infer<E['data']>> => {
  if (event.source !== definition.source || event['detail-type'] !== definition.detailType) {
    throw new Error(
      `expected ${definition.source}/${definition.detailType}, got ${event.source}/${event['detail-type']}`,
    );
  }
  return envelopeSchema(definition.data).parse(event.detail) as Envelope<z.infer<E['data']>>;
};

export const isEvent = (definition: EventDefinition, event: IncomingEvent): boolean =>
  event.source === definition.source && event['detail-type'] === definition.detailType;
