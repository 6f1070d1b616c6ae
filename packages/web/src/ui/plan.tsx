import { api } from '../api/client.ts';
import type { components } from '../api/schema';
import { HttpError } from './use-data.tsx';

export type Plan = components['schemas']['Plan'];

/** Barnets plan as last written; undefined while none is written (the API answers 404). */
export const loadPlan = async (caseId: string): Promise<Plan | undefined> => {
  const { data, response } = await api.GET('/v1/cases/{caseId}/plan', { params: { path: { caseId } } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new HttpError(response.status);
  return data as unknown as Plan;
};

/** The plan's goals with their delmål. */
export const PlanGoals = ({ plan, headingLevel = 3 }: { plan: Plan; headingLevel?: 3 | 4 }) => {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <H>Mål</H>
      <ol>
        {plan.goals.map((g) => (
          <li key={g.goalId}>
            {g.title}
            {g.subGoals.length > 0 && (
              <ul>
                {g.subGoals.map((s) => (
                  <li key={s.subGoalId}>Delmål: {s.title}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
};
