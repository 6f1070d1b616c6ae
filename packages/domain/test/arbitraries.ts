import fc from 'fast-check';
import { addDays } from '../src/calendar/civil-date.ts';

// Generators of valid values for property tests. Each stays inside what the schemas accept, so that a
// refusal of a generated body is a real disagreement between generator and schema, never noise.

/** A civil date between 1990 and 2060. */
export const isoDate = (from = '1990-01-01', days = 25_567) =>
  fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));

const danishChars = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -.,'.split(''),
);
const digitFree = (max: number) =>
  fc.string({ unit: danishChars, minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);

/** Free text that carries something: 1..max characters, not only spaces. */
export const text = (max: number) => digitFree(max);

export const email = fc.stringMatching(
  /^[a-z0-9]{1,20}(\.[a-z0-9]{1,10})?@[a-z0-9]{1,20}\.(dk|example|com)$/,
);
export const providerId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,62}$/);
export const localId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
export const caseNumber = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/);

export const assessment = fc.oneof(
  fc.record({
    kind: fc.constantFrom('investigation' as const, 'afdaekning' as const),
    status: fc.constant('completed' as const),
    completedOn: isoDate(),
  }),
  fc.record({
    kind: fc.constant('investigation' as const),
    status: fc.constant('ongoing' as const),
    startedOn: isoDate(),
  }),
);

// Any hours to the hundredth, also outside (0, 91]: the range is a rule (422), not the schema's (400).
const hours = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);

export const registrationBody = fc.record(
  {
    caseNumber,
    caseworkerEmail: email,
    teamLeaderEmail: email,
    children: fc.array(fc.record({ firstName: text(100), birthDate: isoDate() }), {
      minLength: 1,
      maxLength: 10,
    }),
    legalBasis: text(200),
    program: fc.constantFrom('home-support', 'home-pedagogue'),
    assessment,
    decidedOn: isoDate(),
    startsOn: isoDate(),
    expectedEndOn: isoDate(),
    hoursPerWeek: hours,
    providerId,
    planRequired: fc.boolean(),
    purpose: text(2000),
  },
  {
    requiredKeys: [
      'caseNumber',
      'caseworkerEmail',
      'children',
      'legalBasis',
      'program',
      'assessment',
      'decidedOn',
      'startsOn',
      'expectedEndOn',
      'hoursPerWeek',
      'providerId',
      'planRequired',
      'purpose',
    ],
  },
);

export const providerBody = fc.record({ providerId, name: text(200), contactEmail: email });

export const caseChangeBody = fc
  .record(
    {
      hoursPerWeek: hours,
      expectedEndOn: isoDate(),
      providerId,
      caseworkerEmail: email,
      assessment,
    },
    { requiredKeys: [] },
  )
  .filter((c) => Object.keys(c).length > 0)
  .chain((c) =>
    'hoursPerWeek' in c || 'providerId' in c || 'caseworkerEmail' in c
      ? fc
          .option(isoDate(), { nil: undefined })
          .map((effectiveFrom) => (effectiveFrom ? { ...c, effectiveFrom } : c))
      : fc.constant(c),
  );

export const caseCloseBody = fc.record(
  {
    closedOn: isoDate(),
    reason: fc.constantFrom('goals-met', 'referred', 'family-withdrew', 'moved', 'other'),
    note: text(500),
  },
  { requiredKeys: ['closedOn', 'reason'] },
);

export const planBody = fc.record({
  purpose: text(2000),
  goals: fc.uniqueArray(
    fc.record({
      goalId: localId,
      title: text(500),
      subGoals: fc.uniqueArray(fc.record({ subGoalId: localId, title: text(500) }), {
        maxLength: 5,
        selector: (s) => s.subGoalId,
      }),
    }),
    { minLength: 1, maxLength: 8, selector: (g) => g.goalId },
  ),
});

export const followUpHeldBody = fc.record(
  {
    heldOn: isoDate(),
    childHeard: fc.boolean(),
    outcome: fc.constantFrom('continue', 'adjust', 'end'),
    nextFollowUpInMonths: fc.integer({ min: 1, max: 12 }),
    justification: text(2000),
  },
  { requiredKeys: ['heldOn', 'childHeard', 'outcome'] },
);

const METHODS = [
  'conversation',
  'family-activity',
  'guidance',
  'structure-routines',
  'practical-tasks',
  'parenting-advice',
  'network-meeting',
  'video-feedback',
  'institution-contact',
] as const;

// Instants written with the offset Copenhagen actually had, or in UTC with Z.
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }).chain((ms) =>
  fc.constantFrom('Z', '+01:00', '+02:00').map((suffix) => {
    const shift = suffix === 'Z' ? 0 : Number(suffix.slice(1, 3)) * 3_600_000;
    return new Date(ms + shift).toISOString().slice(0, 19) + suffix;
  }),
);

export const visitBody = fc.record(
  {
    startedAt: instant,
    durationMinutes: fc.integer({ min: -10_000, max: 10_000 }),
    location: fc.constantFrom(
      'home',
      'family-house',
      'daycare-or-school',
      'leisure',
      'shopping',
      'phone',
      'other',
    ),
    staffCount: fc.constantFrom(1, 2),
    methods: fc.shuffledSubarray([...METHODS], { minLength: 1 }),
    goalIds: fc.array(localId, { maxLength: 10 }),
    note: fc.string({ maxLength: 4000 }),
    concern: fc.record({ level: fc.constantFrom('acute', 'non-acute'), note: text(4000) }),
  },
  { requiredKeys: ['startedAt', 'durationMinutes', 'location', 'staffCount', 'methods'] },
);

export const statusReportBody = fc.record({
  kind: fc.constantFrom('follow-up', 'final'),
  text: text(20_000),
  familyHasRead: fc.boolean(),
});
