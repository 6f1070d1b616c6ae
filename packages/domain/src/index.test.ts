import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

// Other packages import these names; renaming one breaks them, so the list is pinned here.
const PROMISED = [
  'isoDateSchema',
  'addMonths',
  'addDays',
  'addWeeks',
  'compareDates',
  'ageOn',
  'localDateOf',
  'localTimeOf',
  'systemClock',
  'fixedClock',
  'providerSchema',
  'caseRegistrationSchema',
  'caseChangeSchema',
  'caseCloseSchema',
  'planSchema',
  'followUpHeldSchema',
  'visitSchema',
  'statusReportSchema',
  'caseRegistrationViolations',
  'caseChangeViolations',
  'followUpHeldViolations',
  'visitViolations',
  'cprLikeViolations',
  'firstFollowUpDueOn',
  'nextFollowUpDueOn',
  'followUpIntervalAfter',
  'planDueOn',
  'investigationDueOn',
  'homePedagogueMaxEnd',
  'workingCalendar',
  'formatDanishDate',
  'municipalityPolicySchema',
  'defaultPolicy',
  'CPR_LIKE',
  'normaliseCaseNumber',
  'pathParamSchemas',
];

describe('the package entry point', () => {
  it.each(PROMISED)('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });
});
