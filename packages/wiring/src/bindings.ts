import type { FunctionSpec, TableAccess } from './function-spec.ts';
import { type TableName, tableEnvVar } from './tables.ts';

/**
 * What a function is bound to, each binding one permission and the environment variables that go with it.
 * CDK grants and sets the variables in the same loop over these; the local stack sets the same variables.
 */
export type Binding =
  | { kind: 'table'; table: TableName; access: TableAccess; envVar: string }
  | { kind: 'event-bus'; envVar: 'EVENT_BUS_NAME' }
  | { kind: 'email'; envVars: ['SENDER_EMAIL', 'SES_CONFIGURATION_SET'] }
  | {
      kind: 'token-verification';
      envVars: ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL', 'AUTH_WEB_CLIENT_ID'];
    };

export const bindingsOf = (spec: FunctionSpec): Binding[] => {
  const out: Binding[] = [];
  for (const [table, access] of Object.entries(spec.tables ?? {}) as [TableName, TableAccess][]) {
    out.push({ kind: 'table', table, access, envVar: tableEnvVar(table) });
  }
  if (spec.publishesEvents) out.push({ kind: 'event-bus', envVar: 'EVENT_BUS_NAME' });
  if (spec.sendsEmail) out.push({ kind: 'email', envVars: ['SENDER_EMAIL', 'SES_CONFIGURATION_SET'] });
  if (spec.routes?.some((r) => r.auth === 'jwt')) {
    out.push({
      kind: 'token-verification',
      envVars: ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL', 'AUTH_WEB_CLIENT_ID'],
    });
  }
  return out;
};

/** Variables every function gets: which municipality it serves and that municipality's policy. */
export const commonEnvVars = [
  'MUNICIPALITY_ID',
  'MUNICIPALITY_POLICY',
  'CASE_LINK_TEMPLATE',
  'WEB_ORIGIN',
  'DEFAULT_TEAM_LEADER_EMAIL',
  'ADMIN_EMAIL',
  /** The OAuth2 endpoints' origin (token, authorize), as the OpenAPI document and onboarding print it. */
  'OAUTH_BASE_URL',
] as const;

export interface ResolvedResources {
  tableNames: Record<TableName, string>;
  eventBusName: string;
  senderEmail: string;
  sesConfigurationSet: string;
  /** `webClientId`: the app client staff sign in through; users' tokens from any other client are refused. */
  auth: { issuer: string; audience: string; jwksUrl: string; webClientId: string };
  common: Record<(typeof commonEnvVars)[number], string>;
}

/** The environment of one function, from its bindings; the local stack uses it, CDK mirrors it per binding. */
export const environmentOf = (spec: FunctionSpec, r: ResolvedResources): Record<string, string> => {
  const env: Record<string, string> = { ...r.common };
  for (const b of bindingsOf(spec)) {
    if (b.kind === 'table') env[b.envVar] = r.tableNames[b.table];
    if (b.kind === 'event-bus') env[b.envVar] = r.eventBusName;
    if (b.kind === 'email') {
      env.SENDER_EMAIL = r.senderEmail;
      env.SES_CONFIGURATION_SET = r.sesConfigurationSet;
    }
    if (b.kind === 'token-verification') {
      env.AUTH_ISSUER = r.auth.issuer;
      env.AUTH_AUDIENCE = r.auth.audience;
      env.AUTH_JWKS_URL = r.auth.jwksUrl;
      env.AUTH_WEB_CLIENT_ID = r.auth.webClientId;
    }
  }
  return env;
};
