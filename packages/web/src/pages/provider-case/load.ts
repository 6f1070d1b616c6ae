import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { loadPlan, type Plan } from '../../ui/plan.tsx';
import { HttpError } from '../../ui/use-data.tsx';
import { loadProviderCases, type ProviderCase } from '../provider-cases/load.ts';

export type VisitRecord = components['schemas']['VisitRecord'];
export type StatusReportRecord = components['schemas']['StatusReportRecord'];

export interface ProviderCaseData {
  case: ProviderCase;
  visits: VisitRecord[];
  reports: StatusReportRecord[];
  plan: Plan | undefined;
}

/**
 * One of the provider's cases: the case as the provider list shows it (no child's details), its visits
 * and the status reports it sent. Not its case: 404, as the API answers.
 */
export const loadProviderCase = async (caseId: string): Promise<ProviderCaseData> => {
  const path = { caseId };
  const [cases, v, r, plan] = await Promise.all([
    loadProviderCases(),
    api.GET('/v1/cases/{caseId}/visits', { params: { path } }),
    api.GET('/v1/cases/{caseId}/status-reports', { params: { path } }),
    loadPlan(caseId).catch(() => undefined),
  ]);
  const c = cases.find((x) => x.caseId === caseId);
  if (!c) throw new HttpError(404);
  if (!v.response.ok) throw new HttpError(v.response.status);
  const byNewest = (a: VisitRecord, b: VisitRecord) => b.startedAt.localeCompare(a.startedAt);
  return {
    case: c,
    visits: [...(v.data ?? [])].sort(byNewest),
    reports: r.response.ok ? (r.data ?? []) : [],
    plan,
  };
};
