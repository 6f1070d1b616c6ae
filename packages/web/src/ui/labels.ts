/** Danish words for the API's codes. */
export const programName: Record<string, string> = {
  'home-support': 'Praktisk, pædagogisk støtte i hjemmet',
  'home-pedagogue': 'Hjemmepædagogisk forløb',
};
export const locationName: Record<string, string> = {
  home: 'I hjemmet',
  'family-house': 'I familiehuset',
  'daycare-or-school': 'I dagtilbud eller skole',
  leisure: 'Ved fritidsaktivitet',
  shopping: 'Ved indkøb',
  phone: 'Telefonisk',
  other: 'Andet sted',
};
export const methodName: Record<string, string> = {
  conversation: 'Samtale',
  'family-activity': 'Familieaktivitet',
  guidance: 'Konkret vejledning',
  'structure-routines': 'Struktur og rutiner',
  'practical-tasks': 'Praktiske opgaver',
  'parenting-advice': 'Forældrerådgivning',
  'network-meeting': 'Netværksmøde',
  'video-feedback': 'Videofeedback',
  'institution-contact': 'Kontakt til institution',
};
export const followUpStatusName: Record<string, string> = {
  scheduled: 'Planlagt',
  held: 'Afholdt',
  cancelled: 'Aflyst',
};
export const followUpKindName: Record<string, string> = { first: 'Første opfølgning', regular: 'Opfølgning' };
export const closeReasonName: Record<string, string> = {
  'goals-met': 'Målene er nået',
  referred: 'Henvist til anden støtte',
  'family-withdrew': 'Familien har trukket samtykket',
  moved: 'Familien er flyttet',
  other: 'Andet',
};
export const outcomeName: Record<string, string> = {
  continue: 'Støtten fortsætter',
  adjust: 'Støtten justeres',
  end: 'Støtten afsluttes',
};
