import { environmentOf, functions, lambdaBundling, loadMunicipality, tableNames } from '@hjemmestotte/wiring';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { municipalityIds } from '../src/app.ts';
import { refId, resourcesOf, synthMunicipality } from './synth.ts';

// Placeholder values: only the variable NAMES are compared with what CDK sets.
const anyResources = {
  tableNames: { main: 't', audit: 't', idempotency: 't' },
  eventBusName: 'b',
  senderEmail: 's@x.dk',
  sesConfigurationSet: 'c',
  auth: { issuer: 'i', audience: 'a', jwksUrl: 'j', webClientId: 'w' },
  common: {
    MUNICIPALITY_ID: 'm',
    MUNICIPALITY_POLICY: '{}',
    CASE_LINK_TEMPLATE: 'l',
    WEB_ORIGIN: 'w',
    DEFAULT_TEAM_LEADER_EMAIL: 'd',
    ADMIN_EMAIL: 'a',
    OAUTH_BASE_URL: 'o',
  },
} as const;

// biome-ignore lint/suspicious/noExplicitAny: walking untyped CloudFormation JSON; the assertions are the type check.
type Props = Record<string, any>;

describe.each(municipalityIds())('the %s stack', (id) => {
  const municipality = loadMunicipality(id);
  const { template } = synthMunicipality(id);
  const all = (type: string) =>
    Object.entries(resourcesOf(template, type)) as [string, { Properties: Props }][];
  const functionLogicalId = (specId: string) => {
    const hit = all('AWS::Lambda::Function').find(
      ([, r]) => r.Properties.FunctionName === `hjemmestotte-${id}-${specId}`,
    );
    if (!hit) throw new Error(`no Lambda for ${specId}`);
    return hit[0];
  };

  describe('every async path has a dead-letter queue', () => {
    it('every rule target (subscriptions and the SES bounce rule) has a DLQ and retries', () => {
      const targets = all('AWS::Events::Rule').flatMap(([, r]) => r.Properties.Targets as Props[]);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) {
        expect(refId(t.DeadLetterConfig?.Arn), JSON.stringify(t.Arn)).toBeDefined();
        expect(t.RetryPolicy?.MaximumRetryAttempts).toBeGreaterThan(0);
      }
    });

    it('every stream event source has an on-failure queue and bisects failing batches', () => {
      const mappings = all('AWS::Lambda::EventSourceMapping');
      expect(mappings.length).toBe(functions.flatMap((f) => f.streams ?? []).length);
      for (const [, m] of mappings) {
        expect(refId(m.Properties.DestinationConfig?.OnFailure?.Destination)).toBeDefined();
        expect(m.Properties.BisectBatchOnFunctionError).toBe(true);
        expect(m.Properties.FilterCriteria.Filters[0].Pattern).toMatch(/"prefix":"[A-Z]+#/);
      }
    });

    it('every schedule has a DLQ and a retry policy', () => {
      for (const [, s] of all('AWS::Scheduler::Schedule')) {
        expect(refId(s.Properties.Target.DeadLetterConfig?.Arn)).toBeDefined();
        expect(s.Properties.Target.RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
      }
    });

    it('every function invoked asynchronously (rule or schedule) has its own on-failure queue', () => {
      const configs = all('AWS::Lambda::EventInvokeConfig');
      for (const spec of functions.filter((f) => f.subscriptions?.length || f.schedules?.length)) {
        const fnId = functionLogicalId(spec.id);
        const config = configs.find(([, c]) => refId(c.Properties.FunctionName) === fnId);
        expect(config, spec.id).toBeDefined();
        expect(refId(config![1].Properties.DestinationConfig.OnFailure.Destination)).toBeDefined();
      }
    });

    it('every dead-letter queue has an alarm that notifies the admin', () => {
      const dlqs = new Set([
        ...all('AWS::Events::Rule').flatMap(([, r]) =>
          r.Properties.Targets.map((t: Props) => refId(t.DeadLetterConfig?.Arn)),
        ),
        ...all('AWS::Lambda::EventSourceMapping').map(([, m]) =>
          refId(m.Properties.DestinationConfig.OnFailure.Destination),
        ),
        ...all('AWS::Scheduler::Schedule').map(([, x]) => refId(x.Properties.Target.DeadLetterConfig.Arn)),
        ...all('AWS::Lambda::EventInvokeConfig').map(([, c]) =>
          refId(c.Properties.DestinationConfig.OnFailure.Destination),
        ),
      ]);
      expect(dlqs.size).toBeGreaterThan(0);
      const alarms = all('AWS::CloudWatch::Alarm');
      for (const qId of dlqs) {
        expect(Object.keys(resourcesOf(template, 'AWS::SQS::Queue'))).toContain(qId);
        const alarm = alarms.find(
          ([, a]) =>
            a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' &&
            a.Properties.Dimensions.some((d: Props) => d.Name === 'QueueName' && refId(d.Value) === qId),
        );
        expect(alarm, `alarm for ${qId}`).toBeDefined();
        expect(alarm![1].Properties.Threshold).toBe(0);
        expect(alarm![1].Properties.ComparisonOperator).toBe('GreaterThanThreshold');
        expect(alarm![1].Properties.AlarmActions).toHaveLength(1);
      }
    });
  });

  it('every table has point-in-time recovery, deletion protection and the customer-managed rotating key', () => {
    const tables = all('AWS::DynamoDB::Table');
    expect(tables).toHaveLength(tableNames.length);
    const keys = resourcesOf(template, 'AWS::KMS::Key');
    for (const [, t] of tables) {
      expect(t.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(t.Properties.DeletionProtectionEnabled).toBe(true);
      expect(t.Properties.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS' });
      const keyId = refId(t.Properties.SSESpecification.KMSMasterKeyId);
      expect(keys[keyId!]?.Properties?.EnableKeyRotation).toBe(true);
    }
  });

  it(`fires the reminder schedule daily at ${municipality.policy.sendHour}:00 Europe/Copenhagen`, () => {
    const schedules = all('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(functions.flatMap((f) => f.schedules ?? []).length);
    for (const [, s] of schedules) {
      expect(s.Properties.ScheduleExpressionTimezone).toBe('Europe/Copenhagen');
      expect(s.Properties.ScheduleExpression).toBe(`cron(0 ${municipality.policy.sendHour} * * ? *)`);
      expect(JSON.parse(s.Properties.Target.Input)).toEqual({
        schedule: expect.any(String),
        scheduledAt: '<aws.scheduler.scheduled-time>',
      });
    }
  });

  it('grants no IAM statement a whole service or every action', () => {
    const statements = [...all('AWS::IAM::Policy'), ...all('AWS::IAM::Role')].flatMap(([, p]) => [
      ...(p.Properties.PolicyDocument?.Statement ?? []),
      ...(p.Properties.Policies ?? []).flatMap((x: Props) => x.PolicyDocument.Statement),
    ]);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const actions = [s.Action].flat();
      for (const a of actions) expect(a, JSON.stringify(s)).not.toMatch(/^\*$|^[a-z0-9-]+:\*$/);
    }
  });

  describe('the audit table is append-only to every function', () => {
    const auditId = all('AWS::DynamoDB::Table').find(([, t]) =>
      String(t.Properties.TableName).endsWith('-audit'),
    )?.[0];
    /** Allow statements of every identity policy (functions' roles, custom resources, anything else). */
    const allowStatements = (policies: [string, { Properties: Props }][]) =>
      policies
        .flatMap(([, p]) => [
          ...(p.Properties.PolicyDocument?.Statement ?? []),
          ...(p.Properties.Policies ?? []).flatMap((x: Props) => x.PolicyDocument.Statement),
        ])
        .filter((s: Props) => s.Effect === 'Allow');
    const onAudit = (s: Props) =>
      [s.Resource].flat().some((r) => r === '*' || JSON.stringify(r).includes(`"${auditId}"`));
    /** IAM matches actions case-insensitively, `*` and `?` as wildcards. */
    const allows = (s: Props, action: string) =>
      [s.Action].flat().some((a: string) =>
        new RegExp(
          `^${a
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
          'i',
        ).test(action),
      );
    const rolePolicies = (specId: string) => {
      const fn = resourcesOf(template, 'AWS::Lambda::Function')[functionLogicalId(specId)]!.Properties!;
      const roleId = refId(fn.Role);
      return all('AWS::IAM::Policy').filter(([, p]) =>
        (p.Properties.Roles as unknown[]).some((r) => refId(r) === roleId),
      );
    };

    it('no policy allows DeleteItem or UpdateItem on the audit table', () => {
      expect(auditId).toBeDefined();
      const statements = allowStatements([...all('AWS::IAM::Policy'), ...all('AWS::IAM::Role')]);
      for (const s of statements.filter(onAudit)) {
        for (const action of ['dynamodb:DeleteItem', 'dynamodb:UpdateItem'])
          expect(allows(s, action), `${action}: ${JSON.stringify(s)}`).toBe(false);
      }
    });

    it('every function bound to the audit table may put entries there (also inside transactions)', () => {
      const bound = functions.filter((f) => f.tables?.audit);
      expect(bound.length).toBeGreaterThan(0);
      for (const spec of bound) {
        const statements = allowStatements(rolePolicies(spec.id)).filter(onAudit);
        expect(
          statements.some((s) => allows(s, 'dynamodb:PutItem')),
          spec.id,
        ).toBe(true);
        const reads = spec.tables?.audit === 'readAppend';
        expect(
          statements.some((s) => allows(s, 'dynamodb:Query')),
          `${spec.id} reads the trail: ${reads}`,
        ).toBe(reads);
      }
    });
  });

  it('sets on each function exactly the variables environmentOf names, and runs Node.js 24 on arm64', () => {
    for (const spec of functions) {
      const fn = resourcesOf(template, 'AWS::Lambda::Function')[functionLogicalId(spec.id)]!.Properties!;
      const vars = Object.keys((fn.Environment as Props | undefined)?.Variables ?? {}).sort();
      expect(vars, spec.id).toEqual(Object.keys(environmentOf(spec, anyResources)).sort());
      expect(fn.Runtime).toBe('nodejs24.x');
      // The benchmarks, the bundle target and the runtime-parity check read the major from the wiring.
      expect(fn.Runtime).toBe(`nodejs${lambdaBundling.nodeMajor}.x`);
      expect(fn.Architectures).toEqual(['arm64']);
    }
  });

  it('sends mail only through a configuration set that requires TLS and reports bounces', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: { MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']) },
    });
  });

  it('tags every taggable resource with the municipality', () => {
    for (const [, t] of all('AWS::DynamoDB::Table')) {
      expect(t.Properties.Tags).toContainEqual({ Key: 'municipality', Value: id });
    }
  });
});
