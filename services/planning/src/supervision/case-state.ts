import {
  addMonths,
  type IsoDate,
  investigationDueOn,
  maxDate,
  minDate,
  planDueOn,
} from '@hjemmestotte/domain';

/** Hours and provider from a day on: the same shape as the shared support terms of the case item. */
export interface Term {
  from: IsoDate;
  hoursPerWeek: number;
  providerId: string;
}

export interface FollowUpFact {
  followUpId: string;
  dueOn: IsoDate;
  heldOn?: IsoDate;
}

/**
 * What supervision keeps of one case: ids, dates and routing only (no names, no text). Rebuilt from the case
 * as it stands whenever an event about it arrives, so a repeated or late event changes nothing wrong.
 */
export interface CaseState {
  caseId: string;
  caseNumber: string;
  teamLeaderEmail: string;
  decidedOn: IsoDate;
  startsOn: IsoDate;
  status: 'active' | 'closed';
  closedOn?: IsoDate;
  terms: Term[];
  followUps: FollowUpFact[];
  planDueOn?: IsoDate;
  /** The first day a plan existed (the earliest PlanUpdated seen). */
  planWrittenOn?: IsoDate;
  investigationDueOn?: IsoDate;
  investigationCompletedOn?: IsoDate;
}

/** What the rebuild reads of the case now. */
export interface CaseSources {
  caseId: string;
  caseNumber: string;
  teamLeaderEmail: string;
  decidedOn: IsoDate;
  startsOn: IsoDate;
  status: 'active' | 'closed';
  closedOn?: IsoDate | undefined;
  planRequired: boolean;
  assessment: {
    status: 'ongoing' | 'completed';
    startedOn?: IsoDate | undefined;
    completedOn?: IsoDate | undefined;
  };
  terms: Term[];
  followUps: FollowUpFact[];
}

/** Facts only events carry: when the plan was first written, when an investigation started. */
export interface EventHints {
  planWrittenOn?: IsoDate;
  investigationStartedOn?: IsoDate;
  investigationCompletedOn?: IsoDate;
}

const earliest = (a: IsoDate | undefined, b: IsoDate | undefined) =>
  a === undefined ? b : b === undefined ? a : minDate(a, b);

/**
 * The new state from the sources, what was kept before and the event's hints. Dates only events tell (the
 * plan's first writing, an investigation's start once it is completed, since the case item then keeps only
 * `completedOn`) are merged with the earliest winning, so the order of delivery does not matter.
 */
export const rebuildState = (prev: CaseState | undefined, src: CaseSources, hints: EventHints): CaseState => {
  const started =
    src.assessment.status === 'ongoing' ? src.assessment.startedOn : hints.investigationStartedOn;
  const investigationDue = prev?.investigationDueOn ?? (started ? investigationDueOn(started) : undefined);
  const completedOn =
    src.assessment.status === 'completed' && investigationDue
      ? earliest(
          prev?.investigationCompletedOn,
          earliest(hints.investigationCompletedOn, src.assessment.completedOn),
        )
      : undefined;
  return {
    caseId: src.caseId,
    caseNumber: src.caseNumber,
    teamLeaderEmail: src.teamLeaderEmail,
    decidedOn: src.decidedOn,
    startsOn: src.startsOn,
    status: src.status,
    ...(src.status === 'closed' && src.closedOn ? { closedOn: src.closedOn } : {}),
    terms: src.terms,
    followUps: [...src.followUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    ...(src.planRequired ? { planDueOn: planDueOn(src.decidedOn) } : {}),
    ...(() => {
      const w = earliest(prev?.planWrittenOn, hints.planWrittenOn);
      return w ? { planWrittenOn: w } : {};
    })(),
    ...(investigationDue ? { investigationDueOn: investigationDue } : {}),
    ...(completedOn ? { investigationCompletedOn: completedOn } : {}),
  };
};

/** `YYYY-MM` of a date. */
export const monthOf = (date: IsoDate) => date.slice(0, 7);

/**
 * The months a closed case is copied into: from its decision (or start, if earlier) to its closing. An open
 * case is read from the open partition instead, so it needs no copy per month while it runs.
 */
export const monthsOfClosedCase = (s: CaseState): string[] => {
  if (s.status !== 'closed' || !s.closedOn) return [];
  const first = `${monthOf(minDate(s.decidedOn, s.startsOn))}-01`;
  const last = monthOf(maxDate(s.closedOn, first));
  const out: string[] = [];
  for (let d = first; monthOf(d) <= last; d = addMonths(d, 1)) out.push(monthOf(d));
  return out;
};
