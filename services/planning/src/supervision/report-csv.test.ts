import { describe, expect, it } from 'vitest';
import { csvFileName, reportCsv, wantsCsv } from './report-csv.ts';

const view = {
  month: '2026-11',
  asOf: '2026-11-30',
  followUps: { due: 3, heldOnTime: 1, heldLate: 1, overdue: 1, notYetDue: 0 },
  plansMissing: 1,
  investigationsOverdue: 1,
  providers: [
    {
      providerId: 'familiehuset',
      cases: 2,
      hoursGranted: 56.86,
      hoursDelivered: 3.83,
      visits: 2,
      concerns: 1,
    },
    { providerId: 'hjemmebasen', cases: 2, hoursGranted: 55.71, hoursDelivered: 4.5, visits: 3, concerns: 0 },
  ],
  overdueFollowUps: [
    { caseNumber: 'NYB-3', dueOn: '2026-11-20' },
    { caseNumber: '=HYPERLINK("x");1', dueOn: '2026-11-21' },
  ],
};

describe('the supervision report as CSV for Danish Excel', () => {
  it('is exactly this text: BOM, ; between fields, decimal comma, CRLF, Danish column names', () => {
    expect(reportCsv(view)).toBe(
      '\uFEFF' +
        'Måned;Opgjort pr.;Opfølgninger forfaldne;Holdt til tiden;Holdt for sent;Overskredne;Endnu ikke forfaldne;Planer mangler;Undersøgelser over 4 måneder\r\n' +
        '2026-11;2026-11-30;3;1;1;1;0;1;1\r\n' +
        '\r\n' +
        'Leverandør;Sager;Bevilgede timer;Leverede timer;Besøg;Bekymringer\r\n' +
        'familiehuset;2;56,86;3,83;2;1\r\n' +
        'hjemmebasen;2;55,71;4,50;3;0\r\n' +
        '\r\n' +
        'Overskredet opfølgning: sagsnummer;Forfaldsdato\r\n' +
        'NYB-3;2026-11-20\r\n' +
        `"'=HYPERLINK(""x"");1";2026-11-21\r\n`,
    );
  });

  it('names the file after the month', () => {
    expect(csvFileName('2026-11')).toBe('tilsyn-2026-11.csv');
  });

  it.each([
    ['text/csv', true],
    ['text/csv; charset=utf-8', true],
    ['application/json, text/csv;q=0.5', false],
    ['text/csv;q=0.9, application/json;q=0.8', true],
    ['application/json', false],
    ['*/*', false],
    ['text/csv;q=0', false],
    ['', false],
  ])('Accept %j gives CSV: %s', (accept, csv) => {
    expect(wantsCsv(accept)).toBe(csv);
  });
});
