import type { AgendaReader } from '../ports.ts';
import { type AgendaEntry, markOf } from '../stages/notice.ts';
import type { AddressedNotice } from './collect-notices.ts';

/**
 * The agenda index is eventually consistent (AWS gives no bound; normally well under a second). When the
 * last run finished less than this before a run's read, that run's marks may be missing from what the index
 * answered, so the items are read again from the table before anything is sent.
 */
export const INDEX_LAG_MS = 15 * 60_000;

export const itemIdOf = (e: AgendaEntry) => `${e.key?.pk}|${e.key?.sk}`;

/** The notices whose items, read again, are still on the agenda with the same date and no mark for them. */
export const stillDue = async (agenda: AgendaReader, notices: AddressedNotice[]) => {
  const { items, itemsRead } = await agenda.current([
    ...new Map(notices.map((n) => [itemIdOf(n.notice.entry), n.notice.entry])).values(),
  ]);
  const fresh = new Map(items.map((e) => [itemIdOf(e), e]));
  const due = notices.filter(({ notice }) => {
    const now = fresh.get(itemIdOf(notice.entry));
    return now?.dueOn === notice.entry.dueOn && !now.notified?.has(markOf(notice));
  });
  return { due, itemsRead };
};
