import { localDateOf } from '@hjemmestotte/domain';
import {
  AssessmentCompleted,
  CaseClosed,
  CaseOpened,
  ConcernRaised,
  FollowUpHeld,
  FollowUpScheduled,
  type IncomingEvent,
  isEvent,
  PlanUpdated,
  parseEvent,
  SupportAdjusted,
  VisitLogged,
} from '@hjemmestotte/events';
import { dynamoClient, logger } from '@hjemmestotte/lambda-kit';
import { loadPlanningConfig } from '../config.ts';
import { dynamoSupervisionStore } from '../supervision/adapters/dynamo-supervision-store.ts';
import { countConcern, countVisit, rollUpCase } from '../supervision/roll-up.ts';

const config = loadPlanningConfig();
const store = dynamoSupervisionStore(dynamoClient(), config.TABLE_MAIN);
const timeZone = config.MUNICIPALITY_POLICY.timeZone;

// Events that change a case's state: each rebuilds it from the case as it stands (subscriptions in
// packages/wiring/src/services/planning.ts).
const caseEvents = [CaseOpened, SupportAdjusted, CaseClosed, FollowUpScheduled, FollowUpHeld];

/** EventBridge target: keeps the monthly supervision roll-up in step with cases, visits and concerns. */
export const handler = async (event: IncomingEvent) => {
  if (isEvent(VisitLogged, event)) {
    const { eventId, data } = parseEvent(VisitLogged, event);
    const counted = await countVisit(store, { eventId, ...data }, timeZone);
    logger.debug('supervision visit', { caseId: data.caseId, counted });
    return;
  }
  if (isEvent(ConcernRaised, event)) {
    const { eventId, occurredAt, data } = parseEvent(ConcernRaised, event);
    const counted = await countConcern(store, { eventId, occurredAt, providerId: data.providerId }, timeZone);
    logger.info('supervision concern', { caseId: data.caseId, counted });
    return;
  }
  let caseId: string;
  let hints = {};
  if (isEvent(PlanUpdated, event)) {
    const { data } = parseEvent(PlanUpdated, event);
    caseId = data.caseId;
    hints = { planWrittenOn: localDateOf(new Date(data.updatedAt), timeZone) };
  } else if (isEvent(AssessmentCompleted, event)) {
    const { data } = parseEvent(AssessmentCompleted, event);
    caseId = data.caseId;
    hints = { investigationStartedOn: data.startedOn, investigationCompletedOn: data.completedOn };
  } else {
    const definition = caseEvents.find((d) => isEvent(d, event));
    // A subscription without a branch here is a wiring mistake: fail so it shows (and reaches the DLQ).
    if (!definition) throw new Error(`unexpected event ${event.source}/${event['detail-type']}`);
    const { data } = parseEvent(definition, event) as { data: { caseId: string } };
    caseId = data.caseId;
    if (isEvent(CaseOpened, event)) {
      const a = parseEvent(CaseOpened, event).data.assessment;
      if (a.status === 'ongoing' && a.startedOn) hints = { investigationStartedOn: a.startedOn };
    }
  }
  const result = await rollUpCase(store, caseId, hints);
  logger.info('supervision case', { caseId, ...result });
};
