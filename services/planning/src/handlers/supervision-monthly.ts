import { systemClock, workingCalendar } from '@hjemmestotte/domain';
import {
  dynamoClient,
  dynamoSendLedger,
  env,
  loadConfig,
  logger,
  municipalityEnv,
  sesClient,
  simpleEmailSender,
} from '@hjemmestotte/lambda-kit';
import * as z from 'zod';
import { dynamoSupervisionStore } from '../supervision/adapters/dynamo-supervision-store.ts';
import { sendMonthlySupervision } from '../supervision/send-monthly.ts';

const config = loadConfig({
  ...municipalityEnv,
  TABLE_MAIN: env.table,
  SENDER_EMAIL: env.email,
  SES_CONFIGURATION_SET: z.string().min(1),
});
const db = dynamoClient();
const policy = config.MUNICIPALITY_POLICY;
const deps = {
  store: dynamoSupervisionStore(db, config.TABLE_MAIN),
  ledger: dynamoSendLedger(db, config.TABLE_MAIN),
  clock: systemClock,
  send: simpleEmailSender(sesClient(), config.SENDER_EMAIL, config.SES_CONFIGURATION_SET),
  calendar: workingCalendar({ closingDays: policy.closingDays }),
  timeZone: policy.timeZone,
  webOrigin: config.WEB_ORIGIN,
  defaultTeamLeaderEmail: config.DEFAULT_TEAM_LEADER_EMAIL,
};

/** What EventBridge Scheduler sends (its `<aws.scheduler.scheduled-time>`), and the local one too. */
const scheduledInput = z.object({ schedule: z.string(), scheduledAt: z.iso.datetime({ offset: true }) });

/** Daily at the send hour; mails last month's supervision figures on the first working day of a month. */
export const handler = async (event: unknown) => {
  const { scheduledAt } = scheduledInput.parse(event);
  const summary = await sendMonthlySupervision(deps, new Date(scheduledAt));
  logger.info('supervision monthly', { ...summary });
  return summary;
};
