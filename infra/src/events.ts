import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

/** The municipality's own event bus, with an archive so a consumer's bug can be fixed and events replayed. */
export class EventBus extends Construct {
  readonly bus: events.EventBus;

  constructor(scope: Construct, id: string, props: { name: string; archiveDays: number }) {
    super(scope, id);
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: props.name });
    this.bus.archive('Archive', {
      description: 'Every event on the bus, for replay after a consumer fix',
      // Every event of this bus: all sources are ours (hjemmestotte.<service>).
      eventPattern: { source: events.Match.prefix('hjemmestotte.') },
      retention: Duration.days(props.archiveDays),
    });
  }
}
