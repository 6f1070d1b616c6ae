import { systemClock } from '@hjemmestotte/domain';
import {
  dynamoClient,
  dynamoSendLedger,
  env,
  loadConfig,
  municipalityEnv,
  sesClient,
} from '@hjemmestotte/lambda-kit';
import { dynamoCases } from '../adapters/dynamo-cases.ts';
import { sesMailer } from '../adapters/ses-mailer.ts';

/** The configuration and adapters the reminders' handlers share; parsed once per cold start, failing fast. */
export const config = loadConfig({
  ...municipalityEnv,
  TABLE_MAIN: env.table,
  SENDER_EMAIL: env.email,
  SES_CONFIGURATION_SET: env.table,
});
export const db = dynamoClient();
export const shared = {
  cases: dynamoCases(db, config.TABLE_MAIN),
  ledger: dynamoSendLedger(db, config.TABLE_MAIN),
  mailer: sesMailer(sesClient(), config.SENDER_EMAIL, config.SES_CONFIGURATION_SET),
  clock: systemClock,
  links: { webOrigin: config.WEB_ORIGIN, caseLinkTemplate: config.CASE_LINK_TEMPLATE },
  timeZone: config.MUNICIPALITY_POLICY.timeZone,
  municipalityId: config.MUNICIPALITY_ID,
};
