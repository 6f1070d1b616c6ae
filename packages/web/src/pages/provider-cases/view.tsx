import { useEffect } from 'preact/hooks';
import { formatDate } from '../../ui/dates.ts';
import { programName } from '../../ui/labels.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadProviderCasesWithGoals } from './load.ts';

/** `/leverandoer`: the provider's active cases, each a link to log a visit. Built for a phone. */
export const ProviderCasesPage = () => {
  const { state } = useData(loadProviderCasesWithGoals, 'provider-cases');
  useEffect(() => {
    document.title = 'Mine forløb – Hjemmestøtte';
  }, []);
  return (
    <>
      <h1>Mine forløb</h1>
      {state.status === 'loading' && <p aria-live="polite">Henter forløb…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' &&
        (state.data.length ? (
          <ul class="nobullet-list">
            {state.data.map((c) => (
              <li key={c.caseId} class="mb-5">
                <h2 class="h3">
                  <a href={`/leverandoer/sager/${encodeURIComponent(c.caseId)}`}>Sag {c.caseNumber}</a>
                </h2>
                <p>
                  {programName[c.program]}. {String(c.hoursPerWeek).replace('.', ',')} timer pr. uge,{' '}
                  {formatDate(c.startsOn)} – {formatDate(c.expectedEndOn)}.
                </p>
                {c.goals.length ? (
                  <>
                    <p class="mb-2">Mål i barnets plan:</p>
                    <ul>
                      {c.goals.map((g) => (
                        <li key={g.goalId}>{g.title}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>Barnets plan er ikke skrevet endnu.</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Du har ingen aktive forløb.</p>
        ))}
    </>
  );
};
