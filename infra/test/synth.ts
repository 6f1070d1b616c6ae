import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MunicipalityConfig } from '@hjemmestotte/wiring';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { buildApp } from '../src/app.ts';
import { EdgeWafStack } from '../src/edge-waf-stack.ts';
import { MunicipalityStack, type MunicipalityStackProps } from '../src/municipality-stack.ts';

/**
 * A stand-in for the built web app: the infra tests check what is deployed where, not the app (the browser
 * tests do); building the real app here would race with the test files running beside each other.
 */
const webFixture = () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="da"><title>Hjemmestøtte</title></html>');
  return dir;
};

// Unit tests never run esbuild: bundling is checked by the real `cdk synth`.
export const noBundling = { 'aws:cdk:bundling-stacks': [] as string[], webAssets: webFixture() };

export interface ValidationReport {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
}

const reportOf = (dir: string): ValidationReport =>
  JSON.parse(readFileSync(join(dir, 'validation-report.json'), 'utf8')) as ValidationReport;

/** Synthesizes one municipality through the real app entry (nag included); throws on unacknowledged errors. */
export const synthMunicipality = (id: string) => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-'));
  const { app, stacks } = buildApp({ context: { ...noBundling, municipality: id }, outdir });
  const assembly = app.synth();
  const stack = stacks[0]!;
  return { stack, template: Template.fromStack(stack), report: reportOf(assembly.directory) };
};

/** A stack from an in-memory config (e.g. an OIDC variant), nag enabled; `extra` may add constructs. */
export const synthConfig = (
  municipality: MunicipalityConfig,
  extra?: (stack: MunicipalityStack) => void,
  stackProps: Partial<MunicipalityStackProps> = {},
) => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-'));
  const app = new App({ context: noBundling, outdir });
  const waf = new EdgeWafStack(app, `Test-${municipality.id}-edge-waf`, {
    prefix: `test-${municipality.id}`,
    env: { region: 'us-east-1' },
  });
  const stack = new MunicipalityStack(app, `Test-${municipality.id}`, {
    municipality,
    webAclArn: waf.webAclArn,
    webAssetsDir: noBundling.webAssets,
    env: { region: municipality.region },
    ...stackProps,
  });
  extra?.(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  const assembly = app.synth();
  return { stack, template: Template.fromStack(stack), report: reportOf(assembly.directory) };
};

export type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export const resourcesOf = (template: Template, type: string): Resources =>
  template.findResources(type) as Resources;

/** The `{Ref}`/`{Fn::GetAtt}` logical id inside a CloudFormation value, if it is one. */
export const refId = (v: unknown): string | undefined => {
  const o = v as { Ref?: string; 'Fn::GetAtt'?: [string, string] } | undefined;
  return o?.Ref ?? o?.['Fn::GetAtt']?.[0];
};

export const logicalIdOf = (c: Construct) =>
  MunicipalityStack.of(c).getLogicalId(c.node.defaultChild as never);
