import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../router.ts';
import { LoadError } from '../../ui/use-data.tsx';
import { findByCaseNumber } from '../my-cases/load.ts';

/**
 * `/sager/nummer/<caseNumber>`: for lists that know a case by its number only (the supervision report's overdue
 * follow-ups); finds it (any letter case) and replaces itself with the case page.
 */
export const CaseByNumberPage = ({ caseNumber }: { caseNumber: string }) => {
  const [state, setState] = useState<'finding' | 'none' | number>('finding');
  useEffect(() => {
    document.title = `Sagsnummer ${caseNumber} – Hjemmestøtte`;
    findByCaseNumber(caseNumber).then(
      (found) =>
        found[0] ? navigate(`/sager/${encodeURIComponent(found[0].caseId)}`, true) : setState('none'),
      (e: unknown) => setState((e as { status?: number }).status ?? 0),
    );
  }, [caseNumber]);
  return (
    <>
      <h1>Sagsnummer {caseNumber}</h1>
      {state === 'finding' && <p aria-live="polite">Finder sagen…</p>}
      {state === 'none' && <p>Ingen sag med sagsnummer {caseNumber}.</p>}
      {typeof state === 'number' && <LoadError status={state} />}
    </>
  );
};
