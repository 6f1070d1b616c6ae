import { functions, loadMunicipality, routesOf } from '@hjemmestotte/wiring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refId, resourcesOf, synthMunicipality } from '../../infra/test/synth.ts';
import { startEventBus } from '../../packages/local-stack/src/event-bus.ts';
import type { FunctionRuntime } from '../../packages/local-stack/src/function-runtime.ts';
import { createRouteMatcher } from '../../packages/local-stack/src/route-match.ts';
import { createScheduler } from '../../packages/local-stack/src/scheduler.ts';

/**
 * The one wiring description is built twice: by CDK (infra/) and by the local stack. This proves both
 * wire exactly what it describes, nothing more: every route, subscription, schedule and stream.
 */
// biome-ignore lint/suspicious/noExplicitAny: walking untyped CloudFormation JSON.
type Props = Record<string, any>;

const municipality = loadMunicipality('demo');
const { template } = synthMunicipality('demo');
const all = (type: string) =>
  Object.entries(resourcesOf(template, type)) as [string, { Properties: Props }][];

/** Lambda logical id → wiring function id, by the function name CDK gives it. */
const fnIdOf = new Map(
  all('AWS::Lambda::Function').map(([k, r]) => [
    k,
    String(r.Properties.FunctionName).replace(`hjemmestotte-${municipality.id}-`, ''),
  ]),
);
const busId = Object.keys(resourcesOf(template, 'AWS::Events::EventBus'))[0]!;

/** A runtime that records invocations instead of loading handlers. */
const recordingRuntime = () => {
  const calls: { functionId: string; event: unknown }[] = [];
  const runtime: FunctionRuntime = {
    specs: functions,
    async invoke(functionId, event) {
      calls.push({ functionId, event });
      return {};
    },
  };
  return { runtime, calls };
};

const sortPairs = (xs: string[]) => [...xs].sort();

describe('routes', () => {
  const described = routesOf().map((r) => `${r.routeKey} -> ${r.functionId}`);

  it('the cloud API has exactly the described routes, each integrated with its function', () => {
    const integrations = resourcesOf(template, 'AWS::ApiGatewayV2::Integration');
    const cloud = all('AWS::ApiGatewayV2::Route').map(([, r]) => {
      const integrationId = String(r.Properties.Target['Fn::Join'][1][1].Ref);
      const fn = refId(integrations[integrationId]?.Properties?.IntegrationUri);
      return `${r.Properties.RouteKey} -> ${fnIdOf.get(fn ?? '')}`;
    });
    expect(sortPairs(cloud)).toEqual(sortPairs(described));
  });

  it('the local gateway sends a request on each described route to the same function', () => {
    const match = createRouteMatcher(routesOf());
    const local = routesOf().map((r) => {
      const path = r.path.replace(/\{[^}]+\}/g, 'x-1');
      return `${r.routeKey} -> ${match(r.method, path)?.route.functionId}`;
    });
    expect(sortPairs(local)).toEqual(sortPairs(described));
    expect(match('GET', '/v1/not-described')).toBeUndefined();
  });
});

describe('subscriptions', () => {
  const described = functions.flatMap((f) =>
    (f.subscriptions ?? []).map((s) => `${s.source} ${s.detailType} -> ${f.id}`),
  );
  const local = recordingRuntime();
  let bus: Awaited<ReturnType<typeof startEventBus>>;
  beforeAll(async () => {
    bus = await startEventBus(local.runtime, 'demo-events');
  });
  afterAll(() => bus.stop());

  it('the cloud bus has exactly one rule per described subscription, targeting its function', () => {
    const cloud = all('AWS::Events::Rule')
      // Our bus, or the default bus (where AWS delivers SES feedback) for rules that target our functions.
      .filter(
        ([, r]) =>
          refId(r.Properties.EventBusName) === busId ||
          ((r.Properties.EventBusName === undefined || r.Properties.EventBusName === 'default') &&
            r.Properties.Targets.some((t: Props) => fnIdOf.has(refId(t.Arn) ?? ''))),
      )
      .flatMap(([, r]) => {
        const p = r.Properties.EventPattern;
        expect(p.source).toHaveLength(1);
        expect(p['detail-type']).toHaveLength(1);
        return r.Properties.Targets.map(
          (t: Props) => `${p.source[0]} ${p['detail-type'][0]} -> ${fnIdOf.get(refId(t.Arn) ?? '')}`,
        );
      });
    expect(sortPairs(cloud)).toEqual(sortPairs(described));
  });

  it('the local bus delivers each described event to the same functions and nothing else', async () => {
    const kinds = [
      ...new Set(functions.flatMap((f) => (f.subscriptions ?? []).map((s) => `${s.source}|${s.detailType}`))),
      'hjemmestotte.nobody|NothingSubscribed',
    ];
    const delivered: string[] = [];
    for (const kind of kinds) {
      const [source, detailType] = kind.split('|');
      local.calls.length = 0;
      const res = await fetch(bus.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSEvents.PutEvents' },
        body: JSON.stringify({
          Entries: [{ Source: source, DetailType: detailType, Detail: '{}', EventBusName: 'demo-events' }],
        }),
      });
      expect(res.status).toBe(200);
      await bus.idle();
      delivered.push(...local.calls.map((c) => `${source} ${detailType} -> ${c.functionId}`));
    }
    expect(sortPairs(delivered)).toEqual(sortPairs(described));
  });
});

describe('schedules', () => {
  const described = functions.flatMap((f) => (f.schedules ?? []).map((s) => `${s.name} -> ${f.id}`));

  it('the cloud has exactly one schedule per described schedule, invoking its function with {schedule, scheduledAt}', () => {
    const cloud = all('AWS::Scheduler::Schedule').map(([, s]) => {
      const input = JSON.parse(s.Properties.Target.Input) as { schedule: string };
      expect(s.Properties.Name).toBe(`hjemmestotte-${municipality.id}-${input.schedule}`);
      return `${input.schedule} -> ${fnIdOf.get(refId(s.Properties.Target.Arn) ?? '')}`;
    });
    expect(sortPairs(cloud)).toEqual(sortPairs(described));
  });

  it('the local scheduler knows the same names and runs the same functions with the same input shape', async () => {
    const local = recordingRuntime();
    const scheduler = createScheduler(local.runtime, municipality.policy);
    expect([...scheduler.names].sort()).toEqual(
      functions.flatMap((f) => (f.schedules ?? []).map((s) => s.name)).sort(),
    );
    const ran: string[] = [];
    for (const name of scheduler.names) {
      local.calls.length = 0;
      await scheduler.run(name, '2027-02-01T06:00:00Z');
      expect(local.calls.map((c) => c.event)).toEqual([
        { schedule: name, scheduledAt: '2027-02-01T06:00:00.000Z' },
      ]);
      ran.push(...local.calls.map((c) => `${name} -> ${c.functionId}`));
    }
    expect(sortPairs(ran)).toEqual(sortPairs(described));
    expect(await scheduler.run('not-described', '2027-02-01T06:00:00Z')).toBeUndefined();
    scheduler.stop();
  });
});

describe('streams', () => {
  it('the cloud has exactly one event source mapping per described stream, filtered on its pk prefix', () => {
    const described = functions.flatMap((f) =>
      (f.streams ?? []).map((s) => `${s.table} ${s.pkPrefix} x${s.batchSize} -> ${f.id}`),
    );
    const tables = resourcesOf(template, 'AWS::DynamoDB::Table');
    const cloud = all('AWS::Lambda::EventSourceMapping').map(([, m]) => {
      const table = refId(m.Properties.EventSourceArn) ?? '';
      const tableName = String(tables[table]?.Properties?.TableName).replace(
        `hjemmestotte-${municipality.id}-`,
        '',
      );
      const pattern = JSON.parse(m.Properties.FilterCriteria.Filters[0].Pattern);
      const prefix = pattern.dynamodb.NewImage.pk.S[0].prefix;
      return `${tableName} ${prefix} x${m.Properties.BatchSize} -> ${fnIdOf.get(refId(m.Properties.FunctionName) ?? '')}`;
    });
    expect(sortPairs(cloud)).toEqual(sortPairs(described));
  });
});
