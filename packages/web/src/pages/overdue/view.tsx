import { useEffect } from 'preact/hooks';
import { CaseSearch } from '../../ui/case-search.tsx';
import { daysOver, formatDate } from '../../ui/dates.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadOverdue, type OverdueItem } from './load.ts';

const kindName: Record<OverdueItem['kind'], string> = {
  'follow-up': 'Opfølgning ikke afholdt',
  plan: 'Barnets plan mangler',
  investigation: 'Børnefaglig undersøgelse over fristen',
};

/**
 * `/frister` (team leader): find a case by its number, and every follow-up, plan and investigation past its
 * deadline today, of any month, oldest first; each row opens the case page (where the audit trail is linked).
 * `/frister?team=mit`: only the cases the team leader leads.
 */
export const OverduePage = ({ ownTeam }: { ownTeam: boolean }) => {
  const { state } = useData(() => loadOverdue(ownTeam), ownTeam ? 'overdue-own' : 'overdue-all');
  useEffect(() => {
    document.title = 'Sager og overskredne frister – Hjemmestøtte';
  }, []);
  return (
    <>
      <h1>Sager og overskredne frister</h1>
      <CaseSearch />
      <h2>Overskredne frister</h2>
      <nav class="scope-nav" aria-label="Hvilke sager">
        <ul class="nobullet-list inline-list">
          <li>
            <a href="/frister" aria-current={ownTeam ? undefined : 'page'}>
              Hele kommunen
            </a>
          </li>
          <li>
            <a href="/frister?team=mit" aria-current={ownTeam ? 'page' : undefined}>
              Mit team (sager, hvor jeg er teamleder)
            </a>
          </li>
        </ul>
      </nav>
      {state.status === 'loading' && <p aria-live="polite">Henter fristerne…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' &&
        (state.data.items.length ? (
          <>
            <p>
              {state.data.items.length} {state.data.items.length === 1 ? 'frist' : 'frister'} overskredet pr.{' '}
              {formatDate(state.data.asOf)}, ældste først.
            </p>
            <table class="table table--compact">
              <caption class="sr-only">Overskredne frister, ældste først</caption>
              <thead>
                <tr>
                  <th scope="col">Sag</th>
                  <th scope="col">Hvad</th>
                  <th scope="col">Frist</th>
                  <th scope="col">Dage over</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((o) => (
                  <tr key={`${o.caseId}-${o.kind}-${o.followUpId ?? ''}`}>
                    <th scope="row">
                      <a href={`/sager/${encodeURIComponent(o.caseId)}`}>{o.caseNumber}</a>
                    </th>
                    <td>{kindName[o.kind]}</td>
                    <td class="nowrap">{formatDate(o.dueOn)}</td>
                    <td>{daysOver(o.dueOn, state.data.asOf)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>Ingen overskredne frister.</p>
        ))}
    </>
  );
};
