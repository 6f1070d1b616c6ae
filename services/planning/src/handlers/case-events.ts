import { localDateOf } from '@hjemmestotte/domain';
import {
  AssessmentCompleted,
  CaseClosed,
  CaseOpened,
  type IncomingEvent,
  isEvent,
  parseEvent,
  StatusReportSubmitted,
  SupportAdjusted,
} from '@hjemmestotte/events';
import { dynamoClient, logger } from '@hjemmestotte/lambda-kit';
import { dynamoCaseAccess } from '../adapters/dynamo-case-access.ts';
import { dynamoPlanStore } from '../adapters/dynamo-plan-store.ts';
import { dynamoScheduleStore } from '../adapters/dynamo-schedule-store.ts';
import { loadPlanningConfig } from '../config.ts';
import { onAssessmentCompleted, onCaseClosed, onSupportAdjusted } from '../use-cases/follow-case-changes.ts';
import { scheduleNewCase } from '../use-cases/schedule-new-case.ts';

const config = loadPlanningConfig();
const db = dynamoClient();
const store = dynamoScheduleStore(db, config.TABLE_MAIN);
const deps = {
  store,
  access: dynamoCaseAccess(db, config.TABLE_MAIN),
  plans: dynamoPlanStore(db, config.TABLE_MAIN),
};

/** EventBridge target: keeps the schedule in step with case events (subscriptions in packages/wiring). */
export const handler = async (event: IncomingEvent) => {
  if (isEvent(CaseOpened, event)) {
    const { data } = parseEvent(CaseOpened, event);
    const { created } = await scheduleNewCase(deps, data);
    logger.info('case scheduled', { caseId: data.caseId, created });
  } else if (isEvent(AssessmentCompleted, event)) {
    const { data } = parseEvent(AssessmentCompleted, event);
    const { moved } = await onAssessmentCompleted(store, data);
    logger.info('assessment completed', { caseId: data.caseId, moved });
  } else if (isEvent(CaseClosed, event)) {
    const { data } = parseEvent(CaseClosed, event);
    const { takenOff } = await onCaseClosed(store, data);
    logger.info('case closed', { caseId: data.caseId, takenOff });
  } else if (isEvent(SupportAdjusted, event)) {
    const { data } = parseEvent(SupportAdjusted, event);
    await onSupportAdjusted(store, data);
    logger.info('support adjusted', { caseId: data.caseId });
  } else if (isEvent(StatusReportSubmitted, event)) {
    const { data, occurredAt } = parseEvent(StatusReportSubmitted, event);
    if (data.followUpId) {
      const on = localDateOf(new Date(occurredAt), config.MUNICIPALITY_POLICY.timeZone);
      const marked = await store.markReportReceived(data.caseId, data.followUpId, on);
      logger.info('status report for follow-up', {
        caseId: data.caseId,
        followUpId: data.followUpId,
        marked,
      });
    }
  } else {
    // A subscription without a branch here is a wiring mistake: fail so it shows (and reaches the DLQ).
    throw new Error(`unexpected event ${event.source}/${event['detail-type']}`);
  }
};
