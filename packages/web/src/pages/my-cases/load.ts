import { api } from '../../api/client.ts';
import { HttpError } from '../../ui/use-data.tsx';

export interface CaseLine {
  caseId: string;
  caseNumber: string;
  status: 'active' | 'closed';
  startsOn: string;
  expectedEndOn: string;
  providerId: string;
  hoursPerWeek: number;
  nextDeadlineOn?: string;
}

// The document does not (yet) list the list's query parameters, so the query is written here.
const listCases = async (query: Record<string, string>) => {
  const { data, response } = await api.GET('/v1/cases', {
    querySerializer: () => new URLSearchParams(query).toString(),
  });
  if (!response.ok) throw new HttpError(response.status);
  return ((data as { items?: CaseLine[] })?.items ?? []) as CaseLine[];
};

/** "Mine sager": the caller's active cases, the nearest (or overdue) deadline first. */
export const loadMyCases = async () =>
  (await listCases({ caseworker: 'me', limit: '100' })).sort((a, b) =>
    (a.nextDeadlineOn ?? '9999').localeCompare(b.nextDeadlineOn ?? '9999'),
  );

/** One case by its number (case-insensitive), or none. */
export const findByCaseNumber = (caseNumber: string) => listCases({ caseNumber });
