import { useEffect, useRef, useState } from 'preact/hooks';
import { findByCaseNumber } from '../pages/my-cases/load.ts';
import { navigate } from '../router.ts';
import { Field } from './form.tsx';

/**
 * "Find sag med sagsnummer" (caseworker and team leader): opens the case page of the number, any letter case;
 * a number with no case, an empty field or a failed search says so on the field. The error is announced as
 * it appears (role="alert") and focus goes back to the field, since the button, disabled while the search
 * runs, has lost it.
 */
export const CaseSearch = () => {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Counts refusals, so a second identical one still moves focus.
  const [refusals, setRefusals] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (refusals) input.current?.focus();
  }, [refusals]);
  const refuse = (message: string) => {
    setError(message);
    setRefusals((n) => n + 1);
  };
  const search = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const q = String(new FormData(e.currentTarget as HTMLFormElement).get('caseNumber') ?? '').trim();
    setError(undefined);
    if (!q) return refuse('Skriv et sagsnummer.');
    setBusy(true);
    let found: Awaited<ReturnType<typeof findByCaseNumber>>;
    try {
      found = await findByCaseNumber(q);
    } catch {
      return refuse('Søgningen mislykkedes. Prøv igen om lidt.');
    } finally {
      setBusy(false);
    }
    if (found[0]) return navigate(`/sager/${encodeURIComponent(found[0].caseId)}`);
    refuse(`Ingen sag med sagsnummer ${q}.`);
  };
  return (
    <form onSubmit={search} class="mb-6" aria-label="Find sag">
      <Field path="caseNumber" label="Find sag med sagsnummer" error={error} announce>
        {(a) => <input ref={input} class="form-input input-width-m" name="caseNumber" type="search" {...a} />}
      </Field>
      <button type="submit" class="button button-secondary" disabled={busy}>
        Find sag
      </button>
    </form>
  );
};
