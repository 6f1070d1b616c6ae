import { api } from '../../api/client.ts';
import { HttpError } from '../../ui/use-data.tsx';

/** `GET /v1/reports/supervision` as the contract shapes it (the document types it as an open object). */
export interface SupervisionReport {
  month: string;
  asOf?: string;
  followUps: { due: number; heldOnTime: number; heldLate: number; overdue: number };
  plansMissing: number;
  investigationsOverdue: number;
  providers: {
    providerId: string;
    cases: number;
    hoursGranted: number;
    hoursDelivered: number;
    visits: number;
    concerns: number;
  }[];
  overdueFollowUps?: { caseNumber: string; dueOn: string }[];
}

const monthQuery = (month: string) => ({ params: { query: { month } } });

const fetchMonth = async (month: string) => {
  const { data, response } = await api.GET('/v1/reports/supervision', monthQuery(month));
  if (!response.ok) throw new HttpError(response.status);
  return data as unknown as SupervisionReport;
};

export const previousMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y!, m! - 1 - (n - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
};

/** The chosen month, and the five before it for the on-time chart (a month the API refuses is left out). */
export const loadSupervision = async (month: string) => {
  const months = previousMonths(month, 6);
  const reports = await Promise.all(months.map((m) => fetchMonth(m).catch((e: unknown) => e as HttpError)));
  const current = reports[reports.length - 1];
  if (current instanceof HttpError) throw current;
  return {
    report: current as SupervisionReport,
    history: reports.filter((r): r is SupervisionReport => !(r instanceof HttpError)),
  };
};

/** The same report as CSV (`Accept: text/csv`), for the download button. */
export const downloadCsv = async (month: string) => {
  const { data, response } = await api.GET('/v1/reports/supervision', {
    ...monthQuery(month),
    headers: { accept: 'text/csv' },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new HttpError(response.status);
  const url = URL.createObjectURL(data as unknown as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `tilsyn-${month}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
