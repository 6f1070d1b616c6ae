import { caseChangeSchema } from './case-change.ts';
import { caseCloseSchema } from './case-close.ts';
import { caseRegistrationSchema } from './case-registration.ts';
import { followUpHeldSchema } from './follow-up-held.ts';
import { planSchema } from './plan.ts';
import { providerChangeSchema, providerSchema } from './provider.ts';
import { statusReportSchema } from './status-report.ts';
import { visitSchema } from './visit.ts';

/** Every request body of the contract by component name, for whoever generates the OpenAPI document. */
export const requestBodySchemas = {
  Provider: providerSchema,
  ProviderChange: providerChangeSchema,
  CaseRegistration: caseRegistrationSchema,
  CaseChange: caseChangeSchema,
  CaseClose: caseCloseSchema,
  Plan: planSchema,
  FollowUpHeld: followUpHeldSchema,
  Visit: visitSchema,
  StatusReport: statusReportSchema,
} as const;
