import { municipalityPolicySchema } from '@hjemmestotte/domain';
import * as z from 'zod';
import { env } from './config.ts';

/** The variables every function gets (packages/wiring `commonEnvVars`), as zod shapes for loadConfig. */
export const municipalityEnv = {
  MUNICIPALITY_ID: env.table,
  MUNICIPALITY_POLICY: env.json(municipalityPolicySchema),
  /** Empty: emails link to the web app's case page (`WEB_ORIGIN/sager/<caseId>`). */
  CASE_LINK_TEMPLATE: z.union([z.literal(''), z.url()]),
  WEB_ORIGIN: env.url,
  DEFAULT_TEAM_LEADER_EMAIL: env.email,
  ADMIN_EMAIL: env.email,
};
