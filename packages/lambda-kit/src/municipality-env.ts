import { municipalityPolicySchema } from '@hjemmestotte/domain';
import { env } from './config.ts';

/** The variables every function gets (packages/wiring `commonEnvVars`), as zod shapes for loadConfig. */
export const municipalityEnv = {
  MUNICIPALITY_ID: env.table,
  MUNICIPALITY_POLICY: env.json(municipalityPolicySchema),
  CASE_LINK_TEMPLATE: env.url,
  WEB_ORIGIN: env.url,
  DEFAULT_TEAM_LEADER_EMAIL: env.email,
  ADMIN_EMAIL: env.email,
};
