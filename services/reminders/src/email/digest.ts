import { formatDanishDate } from '@hjemmestotte/domain';
import type { OutgoingEmail } from '../ports.ts';
import type { Notice, Stage } from '../stages/notice.ts';
import { type CalendarEvent, renderIcs } from './ics.ts';
import { renderBody } from './layout.ts';
import { type Links, linkFor } from './links.ts';

/** A notice ready to render: the calendar SEQUENCE is known for follow-ups. */
export interface DigestLine {
  notice: Notice;
  sequence?: number;
}

const followUp = (n: Notice) => (n.entry.followUpKind === 'first' ? 'Første opfølgning' : 'Opfølgning');

/** One Danish sentence per stage: case number, what is due, the date. Nothing else about the case. */
const sentence = ({ notice: n }: DigestLine): string => {
  const no = n.entry.caseNumber;
  const date = formatDanishDate(n.entry.dueOn);
  switch (n.stage) {
    case 'follow-up-approaching':
      return `${followUp(n)} i sag ${no} skal holdes senest ${date} (Barnets Lov § 95).`;
    case 'follow-up-overdue':
      return `${followUp(n)} i sag ${no} skulle have været holdt senest ${date} og er ikke registreret som holdt.`;
    case 'follow-up-escalation':
      return `${followUp(n)} i sag ${no} er ${n.workingDaysOverdue} arbejdsdage over fristen ${date} og er ikke registreret som holdt.`;
    case 'status-report-request':
      return `Send venligst en statusrapport i sag ${no} inden opfølgningen ${date}.`;
    case 'plan-approaching':
      return `Barnets plan i sag ${no} skal foreligge senest ${date} (Barnets Lov § 91).`;
    case 'plan-passed':
      return `Barnets plan i sag ${no} skulle have foreligget senest ${date} og er ikke registreret.`;
    case 'plan-escalation':
      return `Barnets plan i sag ${no} er ${n.workingDaysOverdue} arbejdsdage over fristen ${date} og er ikke registreret (Barnets Lov § 91).`;
    case 'investigation-approaching':
      return `Den børnefaglige undersøgelse i sag ${no} skal være afsluttet senest ${date} (Barnets Lov § 20, stk. 3).`;
    case 'investigation-overdue':
      return `Den børnefaglige undersøgelse i sag ${no} skulle have været afsluttet senest ${date} og er ikke registreret som afsluttet.`;
    case 'investigation-escalation':
      return `Den børnefaglige undersøgelse i sag ${no} er ${n.workingDaysOverdue} arbejdsdage over fristen ${date} og er ikke registreret som afsluttet.`;
    case 'end-approaching':
      return `Støtten i sag ${no} forventes afsluttet ${date}.`;
  }
};

// Subject parts in a fixed order (most urgent first), each with its count: the subject alone says what is due.
const SUBJECT_PARTS: [Stage, string, string][] = [
  ['follow-up-escalation', 'opfølgning over fristen', 'opfølgninger over fristen'],
  ['investigation-escalation', 'undersøgelse over fristen', 'undersøgelser over fristen'],
  ['plan-escalation', 'plan over fristen', 'planer over fristen'],
  ['follow-up-overdue', 'opfølgning overskredet', 'opfølgninger overskredet'],
  ['investigation-overdue', 'undersøgelse overskredet', 'undersøgelser overskredet'],
  ['follow-up-approaching', 'opfølgning nærmer sig', 'opfølgninger nærmer sig'],
  ['investigation-approaching', 'undersøgelse skal afsluttes', 'undersøgelser skal afsluttes'],
  ['plan-passed', 'plan mangler', 'planer mangler'],
  ['plan-approaching', 'plan skal foreligge', 'planer skal foreligge'],
  ['status-report-request', 'statusrapport ønskes', 'statusrapporter ønskes'],
  ['end-approaching', 'afslutning nærmer sig', 'afslutninger nærmer sig'],
];

export const digestSubject = (lines: DigestLine[]): string => {
  const parts = SUBJECT_PARTS.flatMap(([stage, one, many]) => {
    const n = lines.filter((l) => l.notice.stage === stage).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  });
  return `Hjemmestøtte: ${parts.join(', ')}`;
};

const ORDER = new Map(SUBJECT_PARTS.map(([s], i) => [s, i]));

/**
 * One digest per recipient and run, with an .ics holding one event per follow-up date in it. Case numbers,
 * dates and links only: never a name, a birth date, a purpose, a plan or a note (the contract's rules).
 */
export const renderDigest = (
  to: string,
  lines: DigestLine[],
  links: Links,
  municipalityId: string,
  now: Date,
): OutgoingEmail => {
  const sorted = [...lines].sort(
    (a, b) =>
      (ORDER.get(a.notice.stage) ?? 0) - (ORDER.get(b.notice.stage) ?? 0) ||
      a.notice.entry.dueOn.localeCompare(b.notice.entry.dueOn) ||
      a.notice.entry.caseNumber.localeCompare(b.notice.entry.caseNumber),
  );
  const events = new Map<string, CalendarEvent>();
  for (const l of sorted) {
    const e = l.notice.entry;
    if (e.kind !== 'follow-up') continue;
    const uid = followUpUid(e.caseId, e.itemId, municipalityId);
    events.set(uid, {
      uid,
      sequence: l.sequence ?? 0,
      date: e.dueOn,
      summary: `${followUp(l.notice)} i sag ${e.caseNumber}`,
      url: linkFor(links, l.notice.to, e),
    });
  }
  const attachments =
    events.size === 0
      ? []
      : [
          {
            filename: 'opfoelgninger.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: renderIcs([...events.values()], now),
          },
        ];
  return renderBody(
    to,
    digestSubject(sorted),
    {
      intro: 'Følgende kræver din opmærksomhed:',
      items: sorted.map((l) => ({
        sentence: sentence(l),
        link: linkFor(links, l.notice.to, l.notice.entry),
      })),
      outro: events.size > 0 ? 'Opfølgningsdatoerne er vedhæftet som kalenderfil.' : undefined,
    },
    attachments,
  );
};

/** Stable per follow-up (not per date): a moved date updates the same calendar event. */
export const followUpUid = (caseId: string, followUpId: string, municipalityId: string) =>
  `${caseId}-${followUpId}@${municipalityId}.hjemmestotte`;
