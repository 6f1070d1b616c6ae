import { functions as allFunctions, type FunctionSpec, type MunicipalityConfig } from '@hjemmestotte/wiring';
import { CfnOutput, Lazy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { DataTables } from './data.ts';
import { Edge } from './edge.ts';
import { Email } from './email.ts';
import { EventBus } from './events.ts';
import { Functions } from './functions.ts';
import { Identity } from './identity.ts';
import { Messaging } from './messaging.ts';
import { AlarmTopic, Monitoring } from './monitoring.ts';
import { Triggers } from './triggers.ts';

export interface MunicipalityStackProps extends StackProps {
  municipality: MunicipalityConfig;
  /** Defaults to the whole wiring description; tests pass none. */
  specs?: FunctionSpec[];
  tracing?: boolean;
  /** More sign-in callback URLs besides the distribution's own (e.g. a municipality's custom domain). */
  webCallbackUrls?: string[];
  /** The CloudFront web ACL made in us-east-1 (EdgeWafStack). */
  webAclArn: string;
  /** The built web app to deploy (packages/web/dist). */
  webAssetsDir: string;
}

/** The stack name of a municipality: one isolated installation each. */
export const stackNameOf = (municipalityId: string) => `Hjemmestotte-${municipalityId}`;

/** One municipality's whole installation, built from the wiring description and its config file. */
export class MunicipalityStack extends Stack {
  readonly functions: Functions;
  readonly api: Api;
  readonly identity: Identity;
  readonly edge: Edge;

  constructor(scope: Construct, id: string, props: MunicipalityStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const m = props.municipality;
    const specs = props.specs ?? allFunctions;
    const prefix = `hjemmestotte-${m.id}`;
    const options = { tracing: props.tracing ?? true, logRetention: logs.RetentionDays.ONE_YEAR };
    Tags.of(this).add('application', 'hjemmestotte');
    Tags.of(this).add('municipality', m.id);

    const messaging = new Messaging(this, 'Messaging');
    const data = new DataTables(this, 'Data', { prefix });
    const bus = new EventBus(this, 'Events', { name: `${prefix}-events`, archiveDays: 365 });
    const alarms = new AlarmTopic(this, 'Alarms', { prefix, adminEmail: m.adminEmail, messaging });
    const email = new Email(this, 'Email', {
      prefix,
      senderEmail: m.senderEmail,
      alarmTopic: alarms.topic,
      messaging,
    });
    this.identity = new Identity(this, 'Identity', {
      municipality: m,
      prefix,
      // The distribution is made after the API (its origin), so its address is read lazily here.
      webLogoutUrls: Lazy.list({ produce: () => [`${this.edge.url}/`] }),
      webCallbackUrls: Lazy.list({
        produce: () => [`${this.edge.url}/auth/callback`, ...(props.webCallbackUrls ?? [])],
      }),
      options,
    });
    this.functions = new Functions(this, 'Functions', {
      prefix,
      specs,
      tables: data.tables,
      bus: bus.bus,
      email: {
        senderEmail: m.senderEmail,
        configurationSetName: email.configurationSetName,
        configurationSetArn: email.configurationSetArn,
        identityArns: email.identityArns,
      },
      auth: {
        issuer: this.identity.issuer,
        audience: this.identity.audience,
        jwksUrl: this.identity.jwksUrl,
        webClientId: this.identity.webClientId,
      },
      common: {
        MUNICIPALITY_ID: m.id,
        MUNICIPALITY_POLICY: JSON.stringify(m.policy),
        CASE_LINK_TEMPLATE: m.caseLinkTemplate ?? '',
        // The municipality's own address, or the distribution's (made after the functions: read lazily).
        WEB_ORIGIN: m.webOrigin ?? Lazy.string({ produce: () => this.edge.url }),
        DEFAULT_TEAM_LEADER_EMAIL: m.defaultTeamLeaderEmail,
        ADMIN_EMAIL: m.adminEmail,
        OAUTH_BASE_URL: this.identity.loginOrigin ?? '',
      },
      messaging,
      options,
    });
    new Triggers(this, 'Triggers', {
      prefix,
      functions: this.functions,
      bus: bus.bus,
      tables: data.tables,
      messaging,
      policy: m.policy,
    });
    this.api = new Api(this, 'Api', {
      prefix,
      specs,
      functions: this.functions,
      logRetention: options.logRetention,
    });
    this.edge = new Edge(this, 'Edge', {
      prefix,
      apiEndpoint: this.api.httpApi.apiEndpoint,
      webAclArn: props.webAclArn,
      ...(m.webOrigin && m.webCertificateArn
        ? { domain: { origin: m.webOrigin, certificateArn: m.webCertificateArn } }
        : {}),
      authOrigins: this.identity.loginOrigin ? [this.identity.loginOrigin] : [],
      web: {
        assetsDir: props.webAssetsDir,
        // The same keys as the local stack's /config.json (packages/web/src/auth/config.ts).
        config: {
          authorizeUrl: `${this.identity.loginOrigin}/oauth2/authorize`,
          tokenUrl: `${this.identity.loginOrigin}/oauth2/token`,
          logoutUrl: `${this.identity.loginOrigin}/logout`,
          clientId: this.identity.webClientId,
          scope: `openid email ${this.identity.audience}/user`,
          apiBase: '',
        },
      },
    });
    const fns = [...this.functions.byId.values()].map((f) => ({ id: f.spec.id, fn: f.fn }));
    new Monitoring(this, 'Monitoring', {
      prefix,
      topic: alarms.topic,
      messaging,
      functions: fns,
      daily: [...this.functions.byId.values()]
        .filter((f) => f.spec.schedules?.length)
        .map((f) => ({ id: f.spec.id, fn: f.fn })),
      apiMetrics: [
        this.api.httpApi.metricClientError(),
        this.api.httpApi.metricServerError(),
        this.api.httpApi.metricCount(),
      ],
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'WebUrl', { value: this.edge.url });
    new CfnOutput(this, 'EventBusName', { value: bus.bus.eventBusName });
    new CfnOutput(this, 'SesDomain', { value: email.domain });
    if (this.identity.userPool)
      new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
  }
}
