import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as ses from 'aws-cdk-lib/aws-ses';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { Messaging } from './messaging.ts';

export interface EmailProps {
  prefix: string;
  senderEmail: string;
  /** Bounces and complaints are forwarded here (the admin's topic). */
  alarmTopic: sns.ITopic;
  messaging: Messaging;
}

/**
 * The sender's domain identity (DKIM) and a configuration set that refuses to send without TLS and
 * reports bounces and complaints. SES can only report to the account's default event bus, so a rule
 * there forwards them to the admin (a bounced caseworker address means missed reminders).
 */
export class Email extends Construct {
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly identityArns: string[];
  readonly domain: string;

  constructor(scope: Construct, id: string, props: EmailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.domain = props.senderEmail.split('@')[1] ?? props.senderEmail;
    this.configurationSetName = `${props.prefix}-email`;
    const configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: this.configurationSetName,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(this.domain),
      configurationSet,
    });
    const defaultBus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    configurationSet.addEventDestination('ToEventBridge', {
      destination: ses.EventDestination.eventBus(defaultBus),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.REJECT],
    });
    new events.Rule(this, 'BouncesToAdmin', {
      description: 'Bounced, complained or rejected reminder mail: tell the admin',
      eventPattern: {
        source: ['aws.ses'],
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSetName] } } },
      },
      targets: [
        new targets.SnsTopic(props.alarmTopic, {
          deadLetterQueue: props.messaging.deadLetterQueue(this, 'BouncesDlq', 'SES bounce forwarding'),
          retryAttempts: 8,
        }),
      ],
    });
    this.configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSetName,
    });
    // SES authorizes a send against the most specific verified identity: the address or its domain.
    this.identityArns = [
      identity.emailIdentityArn,
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.senderEmail }),
    ];
  }
}
