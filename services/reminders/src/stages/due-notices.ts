import { addDays, compareDates, daysBetween, type WorkingCalendar } from '@hjemmestotte/domain';
import type { AgendaEntry, Notice } from './notice.ts';

export interface StageRules {
  calendar: WorkingCalendar;
  /** The sweep's local date (a working day). */
  today: string;
  /** `today` plus the reminder lead in working days: the last due date that is "approaching". */
  horizon: string;
  escalateAfterWorkingDays: number;
}

const approaching = (dueOn: string, r: StageRules) =>
  compareDates(dueOn, r.today) >= 0 && compareDates(dueOn, r.horizon) <= 0;

/**
 * Overdue from the first working day after the due date (a due date on a Saturday or a holiday is overdue
 * on the next working day, not on the Sunday), then once a week until the follow-up is held.
 */
const followUpNotices = (entry: AgendaEntry, r: StageRules): Notice[] => {
  if (approaching(entry.dueOn, r)) {
    return [
      { entry, stage: 'follow-up-approaching', to: 'caseworker' },
      { entry, stage: 'status-report-request', to: 'provider' },
    ];
  }
  if (compareDates(entry.dueOn, r.today) >= 0) return [];
  const firstOverdue = r.calendar.nextWorkingDayOnOrAfter(addDays(entry.dueOn, 1));
  if (compareDates(r.today, firstOverdue) < 0) return [];
  const out: Notice[] = [
    {
      entry,
      stage: 'follow-up-overdue',
      to: 'caseworker',
      occurrence: Math.floor(daysBetween(firstOverdue, r.today) / 7),
    },
  ];
  const late = r.calendar.workingDaysBetween(entry.dueOn, r.today);
  if (late >= r.escalateAfterWorkingDays) {
    out.push({ entry, stage: 'follow-up-escalation', to: 'teamLeader', workingDaysOverdue: late });
  }
  return out;
};

/** Every notice an agenda item calls for today; the ledger then drops those already sent. */
export const dueNotices = (entry: AgendaEntry, r: StageRules): Notice[] => {
  switch (entry.kind) {
    case 'follow-up':
      return followUpNotices(entry, r);
    case 'plan':
      if (approaching(entry.dueOn, r)) return [{ entry, stage: 'plan-approaching', to: 'caseworker' }];
      return compareDates(entry.dueOn, r.today) < 0
        ? [{ entry, stage: 'plan-passed', to: 'caseworker' }]
        : [];
    case 'end':
      return approaching(entry.dueOn, r)
        ? [
            { entry, stage: 'end-approaching', to: 'caseworker' },
            { entry, stage: 'end-approaching', to: 'provider' },
          ]
        : [];
  }
};
