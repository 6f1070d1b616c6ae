import { useEffect } from 'preact/hooks';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { locationName, methodName, programName } from '../../ui/labels.ts';
import { PlanGoals } from '../../ui/plan.tsx';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadProviderCase } from './load.ts';
import { StatusReportForm } from './status-report-form.tsx';
import { VisitForm } from './visit-form.tsx';

/** `/leverandoer/sager/<caseId>`: log a visit, send a status report, see the visits logged. */
export const ProviderCasePage = ({ caseId }: { caseId: string }) => {
  const { state, reload } = useData(() => loadProviderCase(caseId), caseId);
  useEffect(() => {
    if (state.status === 'ok') document.title = `Sag ${state.data.case.caseNumber} – Hjemmestøtte`;
  }, [state]);
  if (state.status === 'loading') return <p aria-live="polite">Henter sagen…</p>;
  if (state.status === 'error')
    return (
      <>
        <h1>Sag</h1>
        <LoadError status={state.httpStatus} />
      </>
    );
  const { case: c, visits, reports, plan } = state.data;
  return (
    <>
      <p>
        <a href="/leverandoer">Tilbage til mine forløb</a>
      </p>
      <h1>Sag {c.caseNumber}</h1>
      <p>
        {programName[c.program]}. {String(c.hoursPerWeek).replace('.', ',')} timer pr. uge,{' '}
        {formatDate(c.startsOn)} – {formatDate(c.expectedEndOn)}.
      </p>
      {plan && (
        <details class="details">
          <summary class="details-summary">Barnets plan: mål og delmål</summary>
          <div class="details-text">
            <PlanGoals plan={plan} headingLevel={3} />
          </div>
        </details>
      )}
      <VisitForm caseId={caseId} goals={plan?.goals ?? []} onLogged={reload} />
      <h2>Besøg</h2>
      {visits.length ? (
        <ul class="nobullet-list">
          {visits.map((v) => (
            <li key={v.visitId} class="mb-4">
              <strong>{formatInstant(v.startedAt)}</strong>, {v.durationMinutes} min.,{' '}
              {locationName[v.location]?.toLowerCase()},{' '}
              {v.staffCount === 2 ? 'to medarbejdere' : 'én medarbejder'}
              <br />
              {v.methods.map((m) => methodName[m]).join(', ')}
              {v.note && (
                <>
                  <br />
                  {v.note}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>Ingen besøg registreret endnu.</p>
      )}
      <StatusReportForm caseId={caseId} onSent={reload} />
      <h2>Sendte statusskrivelser</h2>
      {reports.length ? (
        <ul>
          {reports.map((r) => (
            <li key={r.reportId}>
              {formatInstant(r.submittedAt)}:{' '}
              {r.kind === 'final' ? 'afsluttende statusskrivelse' : 'status til opfølgning'}
            </li>
          ))}
        </ul>
      ) : (
        <p>Ingen sendt endnu.</p>
      )}
    </>
  );
};
