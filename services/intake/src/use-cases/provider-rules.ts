import type { RuleViolation } from '@hjemmestotte/domain';
import type { ProviderStore } from '../ports.ts';

/** A case can be given only to a registered, active provider (422 otherwise). */
export const providerViolations = async (
  providers: ProviderStore,
  providerId: string,
): Promise<RuleViolation[]> => {
  const provider = await providers.get(providerId);
  return provider?.active ? [] : [{ path: 'providerId', message: 'unknown or inactive provider' }];
};
