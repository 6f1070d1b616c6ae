import type { Clock, Provider } from '@hjemmestotte/domain';
import { conflict } from '@hjemmestotte/lambda-kit';
import type { ProviderRecord, ProviderStore } from '../ports.ts';

export const registerProvider = async (
  deps: { providers: ProviderStore; clock: Clock },
  p: Provider,
): Promise<ProviderRecord> => {
  const record: ProviderRecord = { ...p, active: true, createdAt: deps.clock.now().toISOString() };
  if (!(await deps.providers.create(record))) {
    throw conflict(`Provider ${p.providerId} exists.`, [
      { path: 'providerId', message: 'already registered' },
    ]);
  }
  return record;
};

export const listProviders = (deps: { providers: ProviderStore }) => deps.providers.list();
