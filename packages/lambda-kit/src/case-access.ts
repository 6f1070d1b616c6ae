import type { IsoDate } from '@hjemmestotte/domain';
import { type TermsSource, termsInForce, termsOf } from '@hjemmestotte/store';
import { logger } from './logger.ts';
import type { Principal } from './principal.ts';
import { notFound } from './problem.ts';

/** Which request asked: the case id and the route key (`GET /v1/cases/{caseId}/plan`), nothing else. */
export interface CaseRequest {
  caseId: string;
  route: string;
}

/**
 * The case, if the caller may read it: a provider reaches only the cases it is the provider of `today`
 * (the terms in force on that Europe/Copenhagen civil date, never the item's top-level `providerId`, which
 * only says who was in force when the item was last written). Another provider's case answers exactly like
 * a missing one (404), so a provider cannot learn which case ids exist; such a refusal is a probe or a stale
 * system and goes to the security log (issue 11) with ids and the route only: never a name, a note or
 * anything else of the case. User roles are checked by the route table.
 */
export const caseReadableBy = <C extends TermsSource>(
  principal: Principal,
  request: CaseRequest,
  c: C | undefined,
  today: IsoDate,
): C => {
  if (!c) throw notFound(`No case ${request.caseId}.`);
  if (principal.kind === 'provider' && principal.providerId !== termsInForce(termsOf(c), today).providerId) {
    logger.warn('case refused to provider', {
      security: 'case-refused',
      route: request.route,
      caseId: request.caseId,
      providerId: principal.providerId,
      clientId: principal.clientId,
    });
    throw notFound(`No case ${request.caseId}.`);
  }
  return c;
};
