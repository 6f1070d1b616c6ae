import { existsSync, readdirSync } from 'node:fs';
import { loadMunicipality, repoRoot } from '@hjemmestotte/wiring';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { EdgeWafStack } from './edge-waf-stack.ts';
import { MunicipalityStack, stackNameOf } from './municipality-stack.ts';

/** Every municipality that has a config file: `infra/municipalities/<id>.json`. */
export const municipalityIds = (): string[] =>
  readdirSync(`${repoRoot}infra/municipalities`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();

const list = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/**
 * The CDK app: one stack per municipality (`-c municipality=<id>` picks one, otherwise all), checked by the
 * cdk-nag AwsSolutions and Serverless packs; an unacknowledged finding fails the synth.
 */
export const buildApp = (props: AppProps = {}): { app: App; stacks: MunicipalityStack[] } => {
  const app = new App(props);
  const chosen = app.node.tryGetContext('municipality') as string | undefined;
  const ids = chosen ? [chosen] : municipalityIds();
  // The built web app (infra/bin/app.ts builds it before synthesizing); tests may name another folder.
  const webAssetsDir =
    (app.node.tryGetContext('webAssets') as string | undefined) ?? `${repoRoot}packages/web/dist`;
  if (!existsSync(`${webAssetsDir}/index.html`))
    throw new Error(`No web app at ${webAssetsDir}: build it first (pnpm --filter @hjemmestotte/web build).`);
  const stacks = ids.map((id) => {
    const municipality = loadMunicipality(id);
    const account = municipality.account ? { account: municipality.account } : {};
    // CloudFront takes web ACLs from us-east-1 only; that stack holds rules, no case data.
    const waf = new EdgeWafStack(app, `${stackNameOf(id)}-edge-waf`, {
      prefix: `hjemmestotte-${id}`,
      env: { region: 'us-east-1', ...account },
      description: `Hjemmestøtte for ${municipality.name}: web ACL of the CloudFront distribution`,
      terminationProtection: true,
    });
    return new MunicipalityStack(app, stackNameOf(id), {
      webAssetsDir,
      webAclArn: waf.webAclArn,
      municipality,
      env: {
        region: municipality.region,
        ...account,
      },
      description: `Hjemmestøtte for ${municipality.name}`,
      tracing: app.node.tryGetContext('tracing') !== 'false' && app.node.tryGetContext('tracing') !== false,
      webCallbackUrls: list(app.node.tryGetContext(`webCallbackUrls`)) ?? undefined,
      terminationProtection: true,
    });
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stacks };
};
