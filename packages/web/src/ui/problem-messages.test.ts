import { describe, expect, it } from 'vitest';
import { danishMessage, fieldErrorsOf } from './problem-messages.ts';

describe('Danish messages for the API’s refusals', () => {
  it.each([
    ['support cannot start before it is decided', 'Støtten kan ikke starte før afgørelsesdatoen.'],
    ['must be more than 0 and at most 91', 'Timer pr. uge skal være over 0 og højst 91.'],
    ['the child is 18 or over on startsOn', 'Barnet er fyldt 18 år på startdatoen.'],
    ['must not contain a CPR number', 'Teksten må ikke indeholde et CPR-nummer.'],
    ['a follow-up cannot be held in the future', 'Opfølgningen kan ikke være holdt i fremtiden.'],
  ])('says "%s" in Danish', (english, danish) => expect(danishMessage(english)).toBe(danish));

  it('says what the field needs when the API’s text is new', () => {
    expect(danishMessage('expected number, received null', 'hoursPerWeek')).toBe(
      'Skriv et tal over 0 og højst 91.',
    );
    expect(danishMessage('a final letter must be read by the family first (true)', 'familyHasRead')).toBe(
      'Familien skal have læst den afsluttende statusskrivelse.',
    );
  });

  it('never leaves an unknown message in English', () =>
    expect(danishMessage('something new the API says')).toBe('Værdien er ikke gyldig.'));

  it('keeps the first message per field and the path as the key', () =>
    expect(
      fieldErrorsOf([
        { path: 'startsOn', message: 'support cannot start before it is decided' },
        { path: 'startsOn', message: 'other' },
        { path: 'children.0.birthDate', message: 'a child cannot be born in the future' },
      ]),
    ).toEqual({
      startsOn: 'Støtten kan ikke starte før afgørelsesdatoen.',
      'children.0.birthDate': 'Barnet kan ikke være født i fremtiden.',
    }));
});
