import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { loadPlan } from '../../ui/plan.tsx';
import { HttpError } from '../../ui/use-data.tsx';

export type ProviderCase = components['schemas']['ProviderCase'];

export interface ProviderCaseWithGoals extends ProviderCase {
  goals: { goalId: string; title: string }[];
}

/** The provider's active cases, each with the goals of its plan (none while no plan is written). */
export const loadProviderCasesWithGoals = async (): Promise<ProviderCaseWithGoals[]> => {
  const cases = await loadProviderCases();
  const plans = await Promise.all(cases.map((c) => loadPlan(c.caseId).catch(() => undefined)));
  return cases.map((c, i) => ({ ...c, goals: plans[i]?.goals ?? [] }));
};

/** The calling provider's active cases (`GET /v1/provider/cases`). */
export const loadProviderCases = async (): Promise<ProviderCase[]> => {
  const { data, response } = await api.GET('/v1/provider/cases');
  if (!response.ok) throw new HttpError(response.status);
  return (Array.isArray(data) ? data : []) as ProviderCase[];
};
