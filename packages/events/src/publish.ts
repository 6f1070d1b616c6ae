import { randomUUID } from 'node:crypto';
import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import type * as z from 'zod';
import type { Envelope, EventDefinition } from './define-event.ts';

/** PutEvents takes at most 10 entries and 256 KB per call (entry size counted as AWS does). */
const MAX_ENTRIES = 10;
export const MAX_ENTRY_BYTES = 256 * 1024;

export interface OutgoingEvent {
  definition: EventDefinition;
  data: unknown;
  /** Stable id, so a retried publication can be recognised by consumers. */
  eventId?: string;
  occurredAt?: string;
}

export class EventPublishError extends Error {
  constructor(
    message: string,
    readonly failed: { detailType: string; errorCode?: string }[],
  ) {
    super(message);
    this.name = 'EventPublishError';
  }
}

export const entrySize = (e: PutEventsRequestEntry): number =>
  Buffer.byteLength(e.Source ?? '') +
  Buffer.byteLength(e.DetailType ?? '') +
  Buffer.byteLength(e.Detail ?? '') +
  (e.Time ? 14 : 0) +
  (e.Resources ?? []).reduce((n, r) => n + Buffer.byteLength(r), 0);

export const toEntry = (busName: string, ev: OutgoingEvent): PutEventsRequestEntry => {
  const data = (ev.definition.data as z.ZodType).parse(ev.data);
  const detail: Envelope<unknown> = {
    version: ev.definition.version,
    eventId: ev.eventId ?? randomUUID(),
    occurredAt: ev.occurredAt ?? new Date().toISOString(),
    data,
  };
  const entry = {
    EventBusName: busName,
    Source: ev.definition.source,
    DetailType: ev.definition.detailType,
    Detail: JSON.stringify(detail),
  };
  if (entrySize(entry) > MAX_ENTRY_BYTES) {
    throw new EventPublishError(`${ev.definition.detailType} is over the 256 KB limit`, [
      { detailType: ev.definition.detailType, errorCode: 'EntryTooLarge' },
    ]);
  }
  return entry;
};

export interface PublishOptions {
  attempts?: number;
  baseDelayMs?: number;
}

/**
 * Sends ready entries in batches of ten and retries only the entries PutEvents reports as failed
 * (FailedEntryCount), with exponential backoff; throws when some still fail, so the caller (the outbox
 * relay) is retried and nothing is lost.
 */
export const publishEntries = async (
  client: EventBridgeClient,
  entries: PutEventsRequestEntry[],
  { attempts = 4, baseDelayMs = 50 }: PublishOptions = {},
): Promise<void> => {
  for (let i = 0; i < entries.length; i += MAX_ENTRIES) {
    let pending = entries.slice(i, i + MAX_ENTRIES);
    let lastErrors: { detailType: string; errorCode?: string }[] = [];
    for (let attempt = 0; attempt < attempts && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 1)));
      const out = await client.send(new PutEventsCommand({ Entries: pending }));
      if (!out.FailedEntryCount) {
        pending = [];
        break;
      }
      const results = out.Entries ?? [];
      lastErrors = [];
      pending = pending.filter((entry, idx) => {
        const r = results[idx];
        if (r?.EventId) return false;
        lastErrors.push({ detailType: entry.DetailType ?? '', errorCode: r?.ErrorCode });
        return true;
      });
    }
    if (pending.length > 0) {
      throw new EventPublishError(`${pending.length} event(s) not accepted by the bus`, lastErrors);
    }
  }
};

/** Validates each event against its catalog schema, wraps it in the envelope and publishes it. */
export const publishEvents = async (
  client: EventBridgeClient,
  busName: string,
  events: OutgoingEvent[],
  options?: PublishOptions,
): Promise<void> =>
  await publishEntries(
    client,
    events.map((e) => toEntry(busName, e)),
    options,
  );
