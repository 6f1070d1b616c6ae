import * as z from 'zod';
import { localIdSchema, textSchema } from './common.ts';

export const subGoalSchema = z.object({ subGoalId: localIdSchema, title: textSchema(500) }).strict();

export const goalSchema = z
  .object({
    goalId: localIdSchema,
    title: textSchema(500),
    subGoals: z.array(subGoalSchema).max(50),
  })
  .strict()
  .superRefine((goal, ctx) =>
    duplicates(
      goal.subGoals.map((s) => s.subGoalId),
      ['subGoals'],
      'subGoalId',
      ctx,
    ),
  );

/** PUT /v1/cases/{caseId}/plan: barnets plan (§ 91) with concrete goals. */
export const planSchema = z
  .object({
    purpose: textSchema(2000),
    goals: z.array(goalSchema).min(1).max(50),
  })
  .strict()
  .superRefine((plan, ctx) =>
    duplicates(
      plan.goals.map((g) => g.goalId),
      ['goals'],
      'goalId',
      ctx,
    ),
  )
  .meta({ id: 'Plan' });

// Visits refer to goals by id, so an id must name one goal only.
function duplicates(ids: string[], at: string[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      ctx.addIssue({ code: 'custom', path: [...at, i, field], message: `duplicate ${field}` });
    seen.add(id);
  });
}

export type Plan = z.infer<typeof planSchema>;
export type Goal = z.infer<typeof goalSchema>;
