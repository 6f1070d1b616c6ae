import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { loadPlan, type Plan } from '../../ui/plan.tsx';
import { HttpError } from '../../ui/use-data.tsx';

export interface FollowUp {
  followUpId: string;
  kind: 'first' | 'regular';
  dueOn: string;
  status: 'scheduled' | 'held' | 'cancelled';
  heldOn?: string;
}
export interface HistoryEntry {
  effectiveFrom: string;
  changedAt: string;
  changedBy: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}
type Registration = components['schemas']['CaseRegistration'];
/** `GET /v1/cases/{id}` is documented as an open object: the fields the page reads, from the contract. */
export interface CaseView extends Registration {
  caseId: string;
  status: 'active' | 'closed';
  teamLeaderEmail: string;
  closedOn?: string;
  closeReason?: string;
  followUps: FollowUp[];
  deadlines: { planDueOn?: string; investigationDueOn?: string };
  history?: HistoryEntry[];
}
export type Visit = components['schemas']['VisitRecord'];
export type Delivery = components['schemas']['Delivery'];
export type StatusReport = components['schemas']['StatusReportRecord'];

export interface CaseData {
  case: CaseView;
  visits: Visit[];
  delivery: Delivery | undefined;
  plan: Plan | undefined;
  reports: StatusReport[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The case, its visits and its delivery figures, in parallel; a missing case is a 404 for the page. Planning
 * derives the follow-ups from the case's event within seconds, so a case just registered may have none
 * yet: ask again a few times before showing an empty schedule.
 */
export const loadCase = async (caseId: string, attempt = 0): Promise<CaseData> => {
  const path = { caseId };
  const [c, v, d, plan, r] = await Promise.all([
    api.GET('/v1/cases/{caseId}', { params: { path } }),
    api.GET('/v1/cases/{caseId}/visits', { params: { path } }),
    api.GET('/v1/cases/{caseId}/delivery', { params: { path } }),
    loadPlan(caseId).catch(() => undefined),
    api.GET('/v1/cases/{caseId}/status-reports', { params: { path } }),
  ]);
  if (!c.response.ok) throw new HttpError(c.response.status);
  const view = c.data as unknown as CaseView;
  if (view.status === 'active' && view.followUps.length === 0 && attempt < 10) {
    await pause(300 * (attempt + 1));
    return loadCase(caseId, attempt + 1);
  }
  return {
    case: c.data as unknown as CaseView,
    visits: v.response.ok ? (v.data ?? []) : [],
    delivery: d.response.ok ? d.data : undefined,
    plan,
    reports: r.response.ok ? (r.data ?? []) : [],
  };
};
