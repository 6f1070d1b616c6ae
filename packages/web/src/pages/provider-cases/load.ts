import { api } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { HttpError } from '../../ui/use-data.tsx';

export type ProviderCase = components['schemas']['ProviderCase'];

/** The calling provider's active cases (`GET /v1/provider/cases`). */
export const loadProviderCases = async (): Promise<ProviderCase[]> => {
  const { data, response } = await api.GET('/v1/provider/cases');
  if (!response.ok) throw new HttpError(response.status);
  return (Array.isArray(data) ? data : []) as ProviderCase[];
};
