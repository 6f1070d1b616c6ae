import { api } from '../../api/client.ts';
import { HttpError } from '../../ui/use-data.tsx';

export interface Provider {
  providerId: string;
  name: string;
  contactEmail: string;
  active?: boolean;
}

/** Every provider, active or not (`GET /v1/providers`). */
export const loadAllProviders = async (): Promise<Provider[]> => {
  const { data, response } = await api.GET('/v1/providers');
  if (!response.ok) throw new HttpError(response.status);
  const list: Provider[] = data ?? [];
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'da'));
};
