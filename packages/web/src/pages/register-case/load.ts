import { api } from '../../api/client.ts';
import { HttpError } from '../../ui/use-data.tsx';

export interface ProviderOption {
  providerId: string;
  name: string;
  active?: boolean;
}

/** The providers a case can be given to (inactive ones cannot take new cases). */
export const loadProviders = async (): Promise<ProviderOption[]> => {
  const { data, response } = await api.GET('/v1/providers');
  if (!response.ok) throw new HttpError(response.status);
  const list: ProviderOption[] = data ?? [];
  return list.filter((p) => p.active !== false);
};
