import type { Clock, Provider, ProviderChange } from '@hjemmestotte/domain';
import { conflict, notFound, type Principal } from '@hjemmestotte/lambda-kit';
import type { ProviderRecord, ProviderStore } from '../ports.ts';

/**
 * POST /v1/providers (admin). The audit entry (`provider.register`: who, when, which fields) is written in
 * the same transaction as the provider; a taken id stores nothing and records nothing (409).
 */
export const registerProvider = async (
  deps: { providers: ProviderStore; clock: Clock },
  principal: Principal,
  p: Provider,
): Promise<ProviderRecord> => {
  const now = deps.clock.now();
  const record: ProviderRecord = { ...p, active: true, createdAt: now.toISOString() };
  if (!(await deps.providers.create(record, { principal, at: now }))) {
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
 * stays for the audit trail; its current cases keep it until the caseworker reassigns them. The change and
 * its audit entry (`provider.change`: which fields, the new `active`) are one transaction.
 */
export const changeProvider = async (
  deps: { providers: ProviderStore; clock: Clock },
  principal: Principal,
  providerId: string,
  change: ProviderChange,
): Promise<ProviderRecord> => {
  const now = deps.clock.now();
  const updated = await deps.providers.update(
    providerId,
    { ...change, updatedAt: now.toISOString() },
    { principal, at: now },
  );
  if (!updated) throw notFound(`No provider ${providerId}.`);
  return updated;
};
