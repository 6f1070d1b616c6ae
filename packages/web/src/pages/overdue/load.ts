import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { HttpError } from '../../ui/use-data.tsx';

export type OverdueList = components['schemas']['OverdueList'];
export type OverdueItem = OverdueList['items'][number];

/**
 * `GET /v1/reports/overdue`: every missed deadline still open, whatever its month, oldest first; `ownTeam`,
 * only the cases the signed-in team leader leads (`teamLeader=me`).
 */
export const loadOverdue = async (ownTeam: boolean): Promise<OverdueList> => {
  const { data, response } = await api.GET('/v1/reports/overdue', {
    params: { query: ownTeam ? { teamLeader: 'me' } : {} },
  });
  if (!response.ok || !data) throw new HttpError(response.status);
  return data;
};
