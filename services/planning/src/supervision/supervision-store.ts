import type { CaseSources, CaseState } from './case-state.ts';
import type { ProviderCounters } from './figures.ts';

/** The roll-up's storage. Each write is idempotent; the state carries a version for optimistic updates. */
export interface SupervisionStore {
  /** The case as it stands now (case item, follow-ups, terms); undefined when there is no such case. */
  sources(caseId: string): Promise<CaseSources | undefined>;
  state(caseId: string): Promise<{ state: CaseState; version: number } | undefined>;
  /**
   * Stores the state at `version` + 1 if it is still at `version` (0: absent), and in the same transaction
   * puts the case into the open partition or takes it out; false when another update came first.
   */
  commit(state: CaseState, version: number): Promise<boolean>;
  /** Copies a closed case into each month partition it was active in (never over a newer copy). */
  copyIntoMonths(state: CaseState, version: number, months: string[]): Promise<void>;
  /** Adds to a provider's month counters once per event id; false when the event was counted before. */
  count(
    eventId: string,
    month: string,
    providerId: string,
    add: { visits?: number; minutes?: number; concerns?: number },
  ): Promise<boolean>;
  /** The month partition and the open partition, with how many items were read. */
  readMonth(month: string): Promise<{ cases: CaseState[]; counters: ProviderCounters[]; itemsRead: number }>;
}
