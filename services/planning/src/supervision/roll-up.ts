import { localDateOf } from '@hjemmestotte/domain';
import { type EventHints, monthOf, monthsOfClosedCase, rebuildState } from './case-state.ts';
import type { SupervisionStore } from './supervision-store.ts';

const ATTEMPTS = 6;

/**
 * Rebuilds a case's supervision state from the case as it stands now, whatever event woke it. Optimistic:
 * the state is read first, the sources after, and the write holds only if no other rebuild wrote between,
 * so the last state written always comes from sources read after the one before it (no stale overwrite).
 */
export const rollUpCase = async (
  store: SupervisionStore,
  caseId: string,
  hints: EventHints = {},
): Promise<{ open: boolean; months: number }> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const prev = await store.state(caseId);
    const sources = await store.sources(caseId);
    // The event is published from the case's own write, so the case exists; fail loudly (retry, then DLQ).
    if (!sources) throw new Error(`no case ${caseId} for the supervision roll-up`);
    const state = rebuildState(prev?.state, sources, hints);
    const version = prev?.version ?? 0;
    if (!(await store.commit(state, version))) continue;
    const months = monthsOfClosedCase(state);
    await store.copyIntoMonths(state, version + 1, months);
    return { open: state.status === 'active', months: months.length };
  }
  throw new Error(`supervision state of case ${caseId} kept changing: retried ${ATTEMPTS} times`);
};

/** A visit counts in the month of its local start (Europe/Copenhagen), for the provider that logged it. */
export const countVisit = (
  store: SupervisionStore,
  e: { eventId: string; providerId: string; startedAt: string; durationMinutes: number },
  timeZone: string,
) =>
  store.count(e.eventId, monthOf(localDateOf(new Date(e.startedAt), timeZone)), e.providerId, {
    visits: 1,
    minutes: e.durationMinutes,
  });

/** A concern counts in the month it was raised (local date of the event). */
export const countConcern = (
  store: SupervisionStore,
  e: { eventId: string; providerId: string; occurredAt: string },
  timeZone: string,
) =>
  store.count(e.eventId, monthOf(localDateOf(new Date(e.occurredAt), timeZone)), e.providerId, {
    concerns: 1,
  });
