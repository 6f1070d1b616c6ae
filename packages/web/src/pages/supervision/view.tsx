import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../router.ts';
import { formatDate, todayIso } from '../../ui/dates.ts';
import { GrantedDeliveredChart } from '../../ui/delivery-chart.tsx';
import { Alert } from '../../ui/form.tsx';
import { monthLabel, OnTimeChart } from '../../ui/on-time-chart.tsx';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { downloadCsv, loadSupervision } from './load.ts';

/**
 * `/tilsyn?maaned=YYYY-MM`: the team leader's month — overdue follow-ups, plans missing, investigations
 * past 4 months, follow-ups on time per month and hours delivered against granted per provider; the CSV.
 */
export const SupervisionPage = ({ month }: { month: string | null }) => {
  const chosen = month && /^\d{4}-\d{2}$/.test(month) ? month : todayIso().slice(0, 7);
  const { state } = useData(() => loadSupervision(chosen), chosen);
  const [csvFailed, setCsvFailed] = useState(false);
  useEffect(() => {
    document.title = `Tilsyn ${monthLabel(chosen)} – Hjemmestøtte`;
  }, [chosen]);
  const choose = (e: Event) => {
    e.preventDefault();
    const m = String(new FormData(e.currentTarget as HTMLFormElement).get('maaned') ?? '');
    navigate(`/tilsyn?maaned=${encodeURIComponent(m)}`);
  };
  return (
    <>
      <h1>Tilsyn {monthLabel(chosen)}</h1>
      <form onSubmit={choose} class="mb-6">
        <div class="form-group">
          <label class="form-label" for="f-maaned">
            Måned
          </label>
          <input
            class="form-input input-width-s"
            type="month"
            id="f-maaned"
            name="maaned"
            defaultValue={chosen}
          />
        </div>
        <button type="submit" class="button button-secondary">
          Vis måned
        </button>
      </form>
      {state.status === 'loading' && <p aria-live="polite">Henter tallene…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' &&
        (() => {
          const r = state.data.report;
          return (
            <>
              <h2>Overblik</h2>
              <ul>
                <li>
                  Opfølgninger med frist i måneden: <strong>{r.followUps.due}</strong> (holdt til tiden{' '}
                  {r.followUps.heldOnTime}, holdt for sent {r.followUps.heldLate}, overskredet{' '}
                  {r.followUps.overdue})
                </li>
                <li>
                  Sager uden barnets plan efter fristen: <strong>{r.plansMissing}</strong>
                </li>
                <li>
                  Børnefaglige undersøgelser over 4 måneder: <strong>{r.investigationsOverdue}</strong>
                </li>
              </ul>
              <h2>Overskredne opfølgninger</h2>
              {r.overdueFollowUps?.length ? (
                <table class="table table--compact">
                  <caption class="sr-only">Overskredne opfølgninger</caption>
                  <thead>
                    <tr>
                      <th scope="col">Sag</th>
                      <th scope="col">Frist</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.overdueFollowUps.map((o) => (
                      <tr key={`${o.caseNumber}-${o.dueOn}`}>
                        <td>
                          <a href={`/sager/nummer/${encodeURIComponent(o.caseNumber)}`}>{o.caseNumber}</a>
                        </td>
                        <td>{formatDate(o.dueOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>Ingen overskredne opfølgninger.</p>
              )}
              <p>
                <a href="/frister">Alle overskredne frister, uanset måned, med links til sagerne</a>
              </p>
              <h2>Opfølgninger til tiden</h2>
              <OnTimeChart months={state.data.history.map((h) => ({ month: h.month, ...h.followUps }))} />
              <h2>Timer pr. leverandør</h2>
              {r.providers.length ? (
                <>
                  <GrantedDeliveredChart
                    caption={`Timer bevilget og leveret, ${monthLabel(r.month)}`}
                    unit="Leverandør"
                    bars={r.providers.map((p) => ({
                      label: p.providerId,
                      granted: p.hoursGranted,
                      delivered: p.hoursDelivered,
                    }))}
                  />
                  <table class="table table--compact">
                    <caption class="sr-only">Besøg og bekymringer pr. leverandør</caption>
                    <thead>
                      <tr>
                        <th scope="col">Leverandør</th>
                        <th scope="col">Sager</th>
                        <th scope="col">Besøg</th>
                        <th scope="col">Bekymringer</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.providers.map((p) => (
                        <tr key={p.providerId}>
                          <th scope="row">{p.providerId}</th>
                          <td>{p.cases}</td>
                          <td>{p.visits}</td>
                          <td>{p.concerns}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : (
                <p>Ingen leverandører med sager i måneden.</p>
              )}
              <h2>Hent som regneark</h2>
              {csvFailed && <Alert variant="error" heading="Regnearket kunne ikke hentes. Prøv igen." />}
              <button
                type="button"
                class="button button-secondary"
                onClick={() =>
                  downloadCsv(chosen).then(
                    () => setCsvFailed(false),
                    () => setCsvFailed(true),
                  )
                }
              >
                Hent CSV ({monthLabel(chosen)})
              </button>
            </>
          );
        })()}
    </>
  );
};
