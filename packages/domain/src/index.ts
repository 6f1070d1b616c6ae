// The public face of @hjemmestotte/domain: pure rules, schemas and dates. No I/O, nothing else of ours.

export { ageOn } from './calendar/age.ts';
export {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  daysBetween,
  daysInMonth,
  type IsoDate,
  isLeapYear,
  isoDateSchema,
  maxDate,
  minDate,
  weekdayOf,
} from './calendar/civil-date.ts';
export { formatDanishDate, formatDanishMonth } from './calendar/danish-format.ts';
export { danishPublicHolidays, isDanishPublicHoliday } from './calendar/danish-holidays.ts';
export {
  COPENHAGEN,
  isKnownTimeZone,
  type LocalTime,
  localDateOf,
  localTimeOf,
} from './calendar/local-time.ts';
export {
  closingDaySchema,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  workingCalendar,
} from './calendar/working-calendar.ts';
export { type Clock, fixedClock, systemClock } from './clock.ts';
export { type CaseFacts, caseChangeViolations } from './law/case-change-rules.ts';
export { caseCloseViolations } from './law/case-close-rules.ts';
export { caseRegistrationViolations } from './law/case-registration-rules.ts';
export { CPR_LIKE, cprLikeViolations, looksLikeCpr } from './law/cpr-like.ts';
export {
  dateWindowViolations,
  EARLIEST_DATE,
  latestDate,
  YEARS_AHEAD,
} from './law/date-window.ts';
export {
  ADULT_AGE,
  HOME_PEDAGOGUE_MAX_AGE_EXCLUSIVE,
  homePedagogueMaxEnd,
  investigationDueOn,
  planDueOn,
} from './law/deadlines.ts';
export { type FollowUpHeldContext, followUpHeldViolations } from './law/follow-up-rules.ts';
export {
  FIRST_FOLLOW_UP_MONTHS,
  type FirstFollowUpInput,
  type FollowUpKind,
  firstFollowUpDueOn,
  followUpIntervalAfter,
  type IntervalInput,
  nextFollowUpDueOn,
} from './law/follow-up-schedule.ts';
export { type RuleViolation, violation } from './law/rule-violation.ts';
export { MAX_HOURS_PER_WEEK } from './law/shared-rules.ts';
export { type StatusReportContext, statusReportViolations } from './law/status-report-rules.ts';
export {
  VISIT_FUTURE_TOLERANCE_MS,
  VISIT_MAX_MINUTES,
  type VisitContext,
  visitViolations,
} from './law/visit-rules.ts';
export {
  defaultPolicy,
  type MunicipalityPolicy,
  type MunicipalityPolicyInput,
  municipalityPolicySchema,
} from './policy/municipality-policy.ts';
export {
  type Assessment,
  assessmentSchema,
  type CompletedAssessment,
  completedAssessmentSchema,
  type OngoingAssessment,
  ongoingAssessmentSchema,
} from './schemas/assessment.ts';
export { CASE_CHANGE_FIELDS, type CaseChange, caseChangeSchema } from './schemas/case-change.ts';
export {
  type CaseClose,
  type CloseReason,
  caseCloseSchema,
  closeReasonSchema,
} from './schemas/case-close.ts';
export {
  type CaseRegistration,
  type Child,
  caseNumberSchema,
  caseRegistrationSchema,
  childSchema,
  normaliseCaseNumber,
  type Program,
  programSchema,
} from './schemas/case-registration.ts';
export {
  type CaseFollowUp,
  type CaseHistoryEntry,
  type CaseView,
  type ChangedFields,
  caseDeadlinesSchema,
  caseFollowUpSchema,
  caseHistoryEntrySchema,
  caseViewSchema,
  changedFieldsSchema,
  type FollowUpView,
  followUpStatusSchema,
  followUpViewSchema,
  type ProviderCaseView,
  providerCaseViewSchema,
  supportTermViewSchema,
} from './schemas/case-view.ts';
export { emailSchema, localIdSchema, providerIdSchema } from './schemas/common.ts';
export * from './schemas/contract-examples.ts';
export {
  type FollowUpHeld,
  type FollowUpOutcome,
  followUpHeldSchema,
  followUpOutcomeSchema,
} from './schemas/follow-up-held.ts';
export { schemaViolations } from './schemas/issue-paths.ts';
export { hasAtMostDecimals, hoursSchema } from './schemas/numbers.ts';
export {
  anyPathParamSchema,
  caseIdSchema,
  followUpIdSchema,
  pathParamSchemas,
} from './schemas/path-params.ts';
export { type Goal, goalSchema, type Plan, planSchema, subGoalSchema } from './schemas/plan.ts';
export {
  type Provider,
  type ProviderChange,
  providerChangeSchema,
  providerSchema,
} from './schemas/provider.ts';
export { requestBodySchemas } from './schemas/request-bodies.ts';
export { type StatusReport, statusReportSchema } from './schemas/status-report.ts';
export {
  concernSchema,
  type Visit,
  type VisitInput,
  type VisitLocation,
  type VisitMethod,
  visitLocationSchema,
  visitMethodSchema,
  visitSchema,
} from './schemas/visit.ts';
