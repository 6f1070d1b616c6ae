import { useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { todayIso } from '../../ui/dates.ts';
import { Alert, ErrorSummary, Field } from '../../ui/form.tsx';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';

const labels: Record<string, string> = {
  effectiveFrom: 'Gælder fra',
  hoursPerWeek: 'Nye timer pr. uge',
  providerId: 'Ny leverandør (id)',
  '': 'Ændringen',
};

/** Change hours or provider from a date (`PATCH /v1/cases/{id}`); empty fields are left unchanged. */
export const ChangeCaseForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const hours = String(f.get('hoursPerWeek') ?? '').trim();
    const provider = String(f.get('providerId') ?? '').trim();
    const body: components['schemas']['CaseChange'] = {
      effectiveFrom: String(f.get('effectiveFrom') ?? ''),
      ...(hours ? { hoursPerWeek: Number(hours.replace(',', '.')) } : {}),
      ...(provider ? { providerId: provider } : {}),
    } as components['schemas']['CaseChange'];
    if (!hours && !provider) {
      setErrors({ hoursPerWeek: 'Skriv nye timer eller en ny leverandør.' });
      return;
    }
    const { error, response } = await api.PATCH('/v1/cases/{caseId}', { params: { path: { caseId } }, body });
    if (response.ok) {
      setErrors({});
      setDone(true);
      onDone();
      return;
    }
    const found = fieldErrorsOf(problemOf(error, response.status).errors);
    setErrors(Object.keys(found).length ? found : { '': 'Ændringen kunne ikke gemmes.' });
  };
  return (
    <section aria-labelledby="change-heading">
      <h2 id="change-heading">Ændr timer eller leverandør</h2>
      {done && <Alert variant="success" heading="Ændringen er gemt" />}
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field path="effectiveFrom" label={labels.effectiveFrom!} error={errors.effectiveFrom}>
          {(a) => (
            <input
              class="form-input input-width-s"
              type="date"
              name="effectiveFrom"
              defaultValue={todayIso()}
              {...a}
            />
          )}
        </Field>
        <Field path="hoursPerWeek" label={labels.hoursPerWeek!} error={errors.hoursPerWeek}>
          {(a) => <input class="form-input input-width-xs" inputMode="decimal" name="hoursPerWeek" {...a} />}
        </Field>
        <Field path="providerId" label={labels.providerId!} error={errors.providerId}>
          {(a) => <input class="form-input input-width-m" name="providerId" {...a} />}
        </Field>
        <button type="submit" class="button button-secondary">
          Gem ændring
        </button>
      </form>
    </section>
  );
};
