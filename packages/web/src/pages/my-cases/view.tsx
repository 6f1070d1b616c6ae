import { useEffect } from 'preact/hooks';
import { CaseSearch } from '../../ui/case-search.tsx';
import { formatDate, todayIso } from '../../ui/dates.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadMyCases } from './load.ts';

/** `/sager`: the caseworker's active cases, overdue and nearest deadline first, and search by case number. */
export const MyCasesPage = () => {
  const { state } = useData(loadMyCases, 'my-cases');
  const today = todayIso();
  useEffect(() => {
    document.title = 'Mine sager – Hjemmestøtte';
  }, []);
  return (
    <>
      <h1>Mine sager</h1>
      <CaseSearch />
      {state.status === 'loading' && <p aria-live="polite">Henter sager…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' &&
        (state.data.length ? (
          <table class="table table--compact">
            <caption class="sr-only">Mine aktive sager, nærmeste frist først</caption>
            <thead>
              <tr>
                <th scope="col">Sag</th>
                <th scope="col">Næste frist</th>
                <th scope="col">Leverandør</th>
                <th scope="col">Timer pr. uge</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((c) => (
                <tr key={c.caseId}>
                  <th scope="row">
                    <a href={`/sager/${encodeURIComponent(c.caseId)}`}>{c.caseNumber}</a>
                  </th>
                  <td>
                    {formatDate(c.nextDeadlineOn)}
                    {c.nextDeadlineOn && c.nextDeadlineOn < today && <strong> (overskredet)</strong>}
                  </td>
                  <td>{c.providerId}</td>
                  <td>{String(c.hoursPerWeek).replace('.', ',')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Du har ingen aktive sager.</p>
        ))}
    </>
  );
};
