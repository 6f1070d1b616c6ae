import type { FunctionSpec, ServiceName } from '../function-spec.ts';

/** Each service that writes events through the outbox relays its own entries from the table stream. */
export const outboxRelay = (service: ServiceName): FunctionSpec => ({
  id: `${service}-outbox`,
  service,
  entry: `services/${service}/src/handlers/outbox.ts`,
  description: `Publishes ${service}'s events from the transactional outbox on the table stream.`,
  streams: [{ table: 'main', pkPrefix: `OUTBOX#${service}#`, batchSize: 25 }],
  tables: { main: 'readWrite' },
  publishesEvents: true,
});
