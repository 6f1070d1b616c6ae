import type { components } from '../../api/schema';

type Registration = components['schemas']['CaseRegistration'];

/** The form's controls as the API's registration body (shape only: the API checks the rules). */
export const registrationOf = (form: HTMLFormElement, children: number): Registration => {
  const v = (name: string) => String(new FormData(form).get(name) ?? '').trim();
  const ongoing = new FormData(form).get('assessment.ongoing') !== null;
  const hours = Number(v('hoursPerWeek').replace(',', '.'));
  const teamLeader = v('teamLeaderEmail');
  return {
    caseNumber: v('caseNumber'),
    caseworkerEmail: v('caseworkerEmail'),
    ...(teamLeader ? { teamLeaderEmail: teamLeader } : {}),
    children: Array.from({ length: children }, (_, i) => ({
      firstName: v(`children.${i}.firstName`),
      birthDate: v(`children.${i}.birthDate`),
    })),
    legalBasis: v('legalBasis'),
    program: v('program') as Registration['program'],
    assessment: ongoing
      ? { kind: 'investigation', status: 'ongoing', startedOn: v('assessment.startedOn') }
      : {
          kind: v('assessment.kind') as 'investigation' | 'afdaekning',
          status: 'completed',
          completedOn: v('assessment.completedOn'),
        },
    decidedOn: v('decidedOn'),
    startsOn: v('startsOn'),
    expectedEndOn: v('expectedEndOn'),
    hoursPerWeek: Number.isFinite(hours) ? hours : Number.NaN,
    providerId: v('providerId'),
    planRequired: new FormData(form).get('planRequired') !== null,
    purpose: v('purpose'),
  };
};
