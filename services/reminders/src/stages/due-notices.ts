import { addDays, compareDates, daysBetween, type WorkingCalendar } from '@hjemmestotte/domain';
import type { AgendaEntry, Notice, Stage } from './notice.ts';

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

/** Escalation to the team leader once the item is `escalateAfterWorkingDays` working days late. */
const escalation = (entry: AgendaEntry, stage: Stage, r: StageRules): Notice[] => {
  if (compareDates(entry.dueOn, r.today) >= 0) return [];
  const late = r.calendar.workingDaysBetween(entry.dueOn, r.today);
  return late >= r.escalateAfterWorkingDays
    ? [{ entry, stage, to: 'teamLeader', workingDaysOverdue: late }]
    : [];
};

/**
 * Overdue from the first working day after the due date (a due date on a Saturday or a holiday is overdue
 * on the next working day, not on the Sunday), then once a week until the item leaves the agenda; escalated
 * to the team leader once late enough. Follow-ups (§ 95) and ongoing investigations (§ 20, stk. 3) alike.
 */
const deadlineNotices = (
  entry: AgendaEntry,
  r: StageRules,
  stages: { approaching: Notice[]; overdue: Stage; escalation: Stage },
): Notice[] => {
  if (approaching(entry.dueOn, r)) return stages.approaching;
  if (compareDates(entry.dueOn, r.today) >= 0) return [];
  const firstOverdue = r.calendar.nextWorkingDayOnOrAfter(addDays(entry.dueOn, 1));
  if (compareDates(r.today, firstOverdue) < 0) return [];
  return [
    {
      entry,
      stage: stages.overdue,
      to: 'caseworker',
      occurrence: Math.floor(daysBetween(firstOverdue, r.today) / 7),
    },
    ...escalation(entry, stages.escalation, r),
  ];
};

/** Every notice an agenda item calls for today; the ledger then drops those already sent. */
export const dueNotices = (entry: AgendaEntry, r: StageRules): Notice[] => {
  switch (entry.kind) {
    case 'follow-up':
      return deadlineNotices(entry, r, {
        approaching: [
          { entry, stage: 'follow-up-approaching', to: 'caseworker' },
          { entry, stage: 'status-report-request', to: 'provider' },
        ],
        overdue: 'follow-up-overdue',
        escalation: 'follow-up-escalation',
      });
    case 'investigation':
      return deadlineNotices(entry, r, {
        approaching: [{ entry, stage: 'investigation-approaching', to: 'caseworker' }],
        overdue: 'investigation-overdue',
        escalation: 'investigation-escalation',
      });
    case 'plan':
      if (approaching(entry.dueOn, r)) return [{ entry, stage: 'plan-approaching', to: 'caseworker' }];
      // A missing plan: the caseworker is told once, the team leader once it is as late as an escalated
      // follow-up.
      return compareDates(entry.dueOn, r.today) < 0
        ? [{ entry, stage: 'plan-passed', to: 'caseworker' }, ...escalation(entry, 'plan-escalation', r)]
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
