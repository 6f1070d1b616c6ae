import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../router.ts';
import { formatDate, todayIso } from '../../ui/dates.ts';
import { Field } from '../../ui/form.tsx';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { findByCaseNumber, loadMyCases } from './load.ts';

/** `/sager`: the caseworker's active cases, overdue and nearest deadline first, and search by case number. */
export const MyCasesPage = () => {
  const { state } = useData(loadMyCases, 'my-cases');
  const [notFound, setNotFound] = useState<string | undefined>();
  const today = todayIso();
  useEffect(() => {
    document.title = 'Mine sager – Hjemmestøtte';
  }, []);
  const search = async (e: Event) => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget as HTMLFormElement).get('caseNumber') ?? '').trim();
    if (!q) return setNotFound('Skriv et sagsnummer.');
    const found = await findByCaseNumber(q).catch(() => []);
    if (found[0]) return navigate(`/sager/${encodeURIComponent(found[0].caseId)}`);
    setNotFound(`Ingen sag med sagsnummer ${q}.`);
  };
  return (
    <>
      <h1>Mine sager</h1>
      <form onSubmit={search} class="mb-6" aria-label="Find sag">
        <Field path="caseNumber" label="Find sag med sagsnummer" error={notFound}>
          {(a) => <input class="form-input input-width-m" name="caseNumber" type="search" {...a} />}
        </Field>
        <button type="submit" class="button button-secondary">
          Find sag
        </button>
      </form>
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
