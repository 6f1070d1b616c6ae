import { useState } from 'preact/hooks';
import { findByCaseNumber } from '../pages/my-cases/load.ts';
import { navigate } from '../router.ts';
import { Field } from './form.tsx';

/**
 * "Find sag med sagsnummer" (caseworker and team leader): opens the case page of the number, any letter case;
 * a number with no case, an empty field or a failed search says so on the field.
 */
export const CaseSearch = () => {
  const [error, setError] = useState<string | undefined>();
  const search = async (e: Event) => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget as HTMLFormElement).get('caseNumber') ?? '').trim();
    if (!q) return setError('Skriv et sagsnummer.');
    let found: Awaited<ReturnType<typeof findByCaseNumber>>;
    try {
      found = await findByCaseNumber(q);
    } catch {
      return setError('Søgningen mislykkedes. Prøv igen om lidt.');
    }
    if (found[0]) return navigate(`/sager/${encodeURIComponent(found[0].caseId)}`);
    setError(`Ingen sag med sagsnummer ${q}.`);
  };
  return (
    <form onSubmit={search} class="mb-6" aria-label="Find sag">
      <Field path="caseNumber" label="Find sag med sagsnummer" error={error}>
        {(a) => <input class="form-input input-width-m" name="caseNumber" type="search" {...a} />}
      </Field>
      <button type="submit" class="button button-secondary">
        Find sag
      </button>
    </form>
  );
};
