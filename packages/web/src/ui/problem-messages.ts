/**
 * The API's problem+json `errors[].message` texts are English; people read Danish. Known rule texts get
 * their Danish wording; anything else a plain Danish sentence, so a message is never left untranslated.
 */
const known: [RegExp, string][] = [
  [/support cannot start before it is decided/, 'Støtten kan ikke starte før afgørelsesdatoen.'],
  [/completed by decidedOn/, 'Udredningen skal være afsluttet senest på afgørelsesdatoen.'],
  [/investigation cannot start in the future/, 'Undersøgelsen kan ikke være startet i fremtiden.'],
  [/cannot be completed in the future/, 'Udredningen kan ikke være afsluttet i fremtiden.'],
  [/born in the future/, 'Barnet kan ikke være født i fremtiden.'],
  [/18 or over/, 'Barnet er fyldt 18 år på startdatoen.'],
  [/home-pedagogue course is for children under/, 'Et hjemmepædagogisk forløb er for børn under 3 år.'],
  [/40 weeks|weeks after startsOn/, 'Et hjemmepædagogisk forløb varer højst 40 uger.'],
  [/must be after startsOn/, 'Forventet slutdato skal ligge efter startdatoen.'],
  [/more than 0 and at most/, 'Timer pr. uge skal være over 0 og højst 91.'],
  [/unknown|inactive|no such provider/i, 'Leverandøren findes ikke eller er ikke aktiv.'],
  [/already|duplicate|exists/i, 'Der findes allerede en sag med dette sagsnummer.'],
  [/CPR/, 'Teksten må ikke indeholde et CPR-nummer.'],
  [/held in the future/, 'Opfølgningen kan ikke være holdt i fremtiden.'],
  [/held before the support started/, 'Opfølgningen kan ikke være holdt før støtten startede.'],
  [
    /no further follow-up when the outcome is end/,
    'Der planlægges ingen ny opfølgning, når sagen afsluttes.',
  ],
  [/decides when the next is due/, 'Vælg om hvor mange måneder næste opfølgning skal være (1–12).'],
  [/justification/i, 'Begrund et andet interval end kommunens standard.'],
  [/before it was decided/, 'Sagen kan ikke lukkes før afgørelsesdatoen.'],
  [/close in the future/, 'Sagen kan ikke lukkes med en dato i fremtiden.'],
  [/logged visit|visit before/i, 'Sagen kan først lukkes, når der er registreret et besøg.'],
  [/before the support started/, 'Datoen ligger før støtten startede.'],
  [/support had not started yet/, 'Støtten var ikke startet på det tidspunkt.'],
  [/the case was closed/, 'Sagen var lukket på det tidspunkt.'],
  [/visit cannot be logged before it starts/, 'Besøget kan ikke ligge i fremtiden.'],
  [/must be 1–720 minutes/, 'Varigheden skal være mellem 1 og 720 minutter.'],
  [/no such goal in the plan/, 'Målet findes ikke i barnets plan.'],
  [
    /read by the family|familyHasRead|family has read/i,
    'Familien skal have læst den afsluttende statusskrivelse.',
  ],
  [/email/i, 'Skriv en gyldig e-mailadresse.'],
  [/must not be blank|too_small|Too small|at least 1/i, 'Feltet skal udfyldes.'],
  [/date|YYYY-MM-DD/i, 'Skriv en gyldig dato.'],
  [/letters, digits or \. _ \/ -/, 'Må kun indeholde bogstaver, tal og . _ / -'],
];

// What a refused field needs, when the API's text is one not listed above.
const byPath: Record<string, string> = {
  familyHasRead: 'Familien skal have læst den afsluttende statusskrivelse.',
  hoursPerWeek: 'Skriv et tal over 0 og højst 91.',
  durationMinutes: 'Skriv varigheden i hele minutter (1–720).',
  methods: 'Vælg mindst én metode.',
  caseNumber: 'Skriv sagsnummeret med bogstaver, tal og . _ / -',
  providerId: 'Brug 2–63 små bogstaver, tal eller bindestreg.',
};

export const danishMessage = (message: string, path = '') =>
  known.find(([pattern]) => pattern.test(message))?.[1] ??
  byPath[path.replace(/\.\d+$/, '')] ??
  'Værdien er ikke gyldig.';

/** Errors keyed by the field path; an error on the whole body ('') goes to the summary only. */
export const fieldErrorsOf = (errors: { path: string; message: string }[] = []) => {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.path] ??= danishMessage(e.message, e.path);
  return out;
};
