import * as z from 'zod';
import { localIdSchema, textSchema } from './common.ts';

export const subGoalSchema = z
  .object({
    subGoalId: localIdSchema.meta({ description: 'Unique within its goal', example: 'g1a' }),
    title: textSchema(500).meta({ description: 'The step (1–500 characters)', example: 'Vækkeur kl. 6.30' }),
  })
  .strict()
  .meta({ description: 'A concrete step towards the goal' });

export const goalSchema = z
  .object({
    goalId: localIdSchema.meta({
      description: 'Unique within the plan; visits name goals by it',
      example: 'g1',
    }),
    title: textSchema(500).meta({
      description: 'The goal (1–500 characters)',
      example: 'Faste morgenrutiner',
    }),
    subGoals: z.array(subGoalSchema).max(50).meta({ description: 'At most 50, each `subGoalId` once' }),
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
    purpose: textSchema(2000).meta({
      description: 'The purpose of the support (1–2,000 characters)',
      example: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
    }),
    goals: z.array(goalSchema).min(1).max(50).meta({ description: '1–50 goals, each `goalId` once' }),
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
  .meta({
    id: 'Plan',
    description: 'Barnets plan (§ 91): the purpose of the support and its concrete goals',
  });

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
