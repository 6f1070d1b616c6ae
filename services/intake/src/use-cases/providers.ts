import type { Clock, Provider, ProviderChange } from '@hjemmestotte/domain';
import { conflict, notFound } from '@hjemmestotte/lambda-kit';
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

/**
 * PATCH /v1/providers/{providerId} (admin). `active: false` is offboarding: register and change refuse the
 * provider (422) and the reminders stop mailing it (they read `active` on the provider item). The record
 * stays for the audit trail; its current cases keep it until the caseworker reassigns them.
 */
export const changeProvider = async (
  deps: { providers: ProviderStore; clock: Clock },
  providerId: string,
  change: ProviderChange,
): Promise<ProviderRecord> => {
  const updated = await deps.providers.update(providerId, {
    ...change,
    updatedAt: deps.clock.now().toISOString(),
  });
  if (!updated) throw notFound(`No provider ${providerId}.`);
  return updated;
};
