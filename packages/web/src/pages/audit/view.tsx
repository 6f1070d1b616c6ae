import { useEffect } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatInstant } from '../../ui/dates.ts';
import { HttpError, LoadError, useData } from '../../ui/use-data.tsx';

const loadAudit = async (caseId: string) => {
  const { data, response } = await api.GET('/v1/cases/{caseId}/audit', { params: { path: { caseId } } });
  if (!response.ok) throw new HttpError(response.status);
  return data ?? [];
};

// The trail's action codes in Danish, by what they concern; an unknown code is shown as it is.
const actionNames: [RegExp, string][] = [
  [/^audit/, 'Læste revisionssporet'],
  [/close/, 'Lukkede sagen'],
  [/regist|creat|open/, 'Registrerede sagen'],
  [/change|patch|update/, 'Ændrede sagen'],
  [/held/, 'Registrerede opfølgning'],
  [/plan/, 'Barnets plan'],
  [/visit/, 'Besøg'],
  [/status/, 'Statusskrivelse'],
  [/read|get|list/, 'Læste sagen'],
];
const actionName = (a: string) => {
  const name = actionNames.find(([p]) => p.test(a))?.[1];
  return name ? `${name} (${a})` : a;
};

/** `/sager/<caseId>/revisionsspor` (team leader): who read or changed the case, and when. */
export const AuditPage = ({ caseId }: { caseId: string }) => {
  const { state } = useData(() => loadAudit(caseId), caseId);
  useEffect(() => {
    document.title = 'Revisionsspor – Hjemmestøtte';
  }, []);
  return (
    <>
      <p>
        <a href={`/sager/${encodeURIComponent(caseId)}`}>Tilbage til sagen</a>
      </p>
      <h1>Revisionsspor</h1>
      {state.status === 'loading' && <p aria-live="polite">Henter revisionssporet…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' && (
        <table class="table table--compact">
          <caption class="sr-only">Hvem har læst eller ændret sagen</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Handling</th>
              <th scope="col">Hvem</th>
            </tr>
          </thead>
          <tbody>
            {state.data.map((e) => (
              <tr key={`${e.at}-${e.action}`}>
                <td class="nowrap">{formatInstant(e.at)}</td>
                <td>{actionName(e.action)}</td>
                <td>
                  {e.actor.email ?? e.actor.providerId} ({e.actor.role})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
};
