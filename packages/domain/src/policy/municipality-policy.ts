import * as z from 'zod';
import { isKnownTimeZone } from '../calendar/local-time.ts';
import { closingDaySchema } from '../calendar/working-calendar.ts';

/**
 * What a municipality decides for itself (its quality standards), as opposed to what the law fixes.
 * Defaults are those of the seeds' municipalities and the local `demo` municipality.
 */
export const municipalityPolicySchema = z
  .object({
    /** Remind the caseworker this many working days before a follow-up is due. */
    reminderLeadWorkingDays: z.number().int().min(1).max(60).default(10),
    /** The local standard "herefter hver 6. måned"; § 95 stk. 3 lets the caseworker choose otherwise. */
    defaultIntervalMonths: z.number().int().min(1).max(12).default(6),
    /** Tell the team leader when a follow-up is this many working days overdue. */
    escalateAfterWorkingDays: z.number().int().min(1).max(60).default(5),
    /** Local hour (0–23) at which the daily reminder run sends. */
    sendHour: z.number().int().min(0).max(23).default(7),
    /** Days the municipality is closed besides public holidays: `MM-DD` yearly or `YYYY-MM-DD` once. */
    closingDays: z.array(closingDaySchema).max(200).default(['12-24', '12-31', '06-05']),
    timeZone: z.string().refine(isKnownTimeZone, 'unknown time zone').default('Europe/Copenhagen'),
  })
  .strict()
  .meta({ id: 'MunicipalityPolicy' });

export type MunicipalityPolicy = z.output<typeof municipalityPolicySchema>;
export type MunicipalityPolicyInput = z.input<typeof municipalityPolicySchema>;

// Pure: a bundle that never reads the defaults (no function does; tests do) drops the parse
// instead of running it at every cold start.
export const defaultPolicy: MunicipalityPolicy = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ municipalityPolicySchema.parse({}),
);
