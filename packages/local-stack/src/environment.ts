import {
  environmentOf,
  type FunctionSpec,
  type MunicipalityConfig,
  type ResolvedResources,
  type TableName,
} from '@hjemmestotte/wiring';

import { WEB_CLIENT_ID } from './token-issuer.ts';

export const API_AUDIENCE = 'hjemmestotte-api';

export const localResources = (
  m: MunicipalityConfig,
  tableNames: Record<TableName, string>,
  apiUrl: string,
): ResolvedResources => ({
  tableNames,
  eventBusName: `${m.id}-events`,
  senderEmail: m.senderEmail,
  sesConfigurationSet: `${m.id}-email`,
  auth: {
    issuer: `${apiUrl}/_local`,
    audience: API_AUDIENCE,
    jwksUrl: `${apiUrl}/_local/jwks.json`,
    webClientId: WEB_CLIENT_ID,
  },
  common: {
    MUNICIPALITY_ID: m.id,
    MUNICIPALITY_POLICY: JSON.stringify(m.policy),
    CASE_LINK_TEMPLATE: m.caseLinkTemplate ?? '',
    // The local gateway serves the web app on the API's own origin.
    WEB_ORIGIN: apiUrl,
    DEFAULT_TEAM_LEADER_EMAIL: m.defaultTeamLeaderEmail,
    ADMIN_EMAIL: m.adminEmail,
    OAUTH_BASE_URL: apiUrl,
  },
});

/**
 * All handlers share this process, so they share one environment: the union of each function's own
 * (from the same bindings CDK uses). Two functions never bind one variable to different values.
 */
export const unionEnvironment = (specs: FunctionSpec[], r: ResolvedResources): Record<string, string> => {
  const union: Record<string, string> = {};
  for (const spec of specs) {
    for (const [k, v] of Object.entries(environmentOf(spec, r))) {
      if (union[k] !== undefined && union[k] !== v) throw new Error(`${k} differs between functions`);
      union[k] = v;
    }
  }
  return union;
};

/** Points the real AWS SDK clients at the local endpoints through the SDK's own variables. */
export const sdkEnvironment = (endpoints: { dynamodb: string; eventbridge: string; ses: string }) => ({
  AWS_REGION: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
  AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamodb,
  AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.eventbridge,
  AWS_ENDPOINT_URL_SES: endpoints.ses,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
