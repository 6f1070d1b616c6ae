import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { loadPlan, type Plan } from '../../ui/plan.tsx';
import { HttpError } from '../../ui/use-data.tsx';

/** `GET /v1/cases/{id}` as staff get it (the provider gets `ProviderCaseView`). */
export type CaseView = components['schemas']['CaseView'];
export type FollowUp = CaseView['followUps'][number];
export type HistoryEntry = CaseView['history'][number];
export type Visit = components['schemas']['VisitRecord'];
export type Delivery = components['schemas']['Delivery'];
export type StatusReport = components['schemas']['StatusReportRecord'];

export interface CaseData {
  case: CaseView;
  delivery: Delivery | undefined;
  plan: Plan | undefined;
  /** Undefined when they could not be loaded: the page says so instead of "none". */
  reports: StatusReport[] | undefined;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The case, its plan, delivery figures and status reports, in parallel (its visits page on their own,
 * `visits.tsx`); a missing case is a 404 for the page. Planning
 * derives the follow-ups from the case's event within seconds, so a case just registered may have none
 * yet: ask again a few times before showing an empty schedule.
 */
export const loadCase = async (caseId: string, attempt = 0): Promise<CaseData> => {
  const path = { caseId };
  const [c, d, plan, r] = await Promise.all([
    api.GET('/v1/cases/{caseId}', { params: { path } }),
    api.GET('/v1/cases/{caseId}/delivery', { params: { path } }),
    loadPlan(caseId).catch(() => undefined),
    api.GET('/v1/cases/{caseId}/status-reports', { params: { path } }),
  ]);
  if (!c.response.ok) throw new HttpError(c.response.status);
  // Staff call this page's loader, so the answer is the staff view.
  const view = c.data as CaseView;
  if (view.status === 'active' && view.followUps.length === 0 && attempt < 10) {
    await pause(300 * (attempt + 1));
    return loadCase(caseId, attempt + 1);
  }
  return {
    case: view,
    delivery: d.response.ok ? d.data : undefined,
    plan,
    reports: r.response.ok ? (r.data ?? []) : undefined,
  };
};
