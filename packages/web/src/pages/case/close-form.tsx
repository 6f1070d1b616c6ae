import { useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { todayIso } from '../../ui/dates.ts';
import { ErrorSummary, Field } from '../../ui/form.tsx';
import { closeReasonName } from '../../ui/labels.ts';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';

const labels: Record<string, string> = { closedOn: 'Lukkedato', reason: 'Årsag', note: 'Bemærkning' };

/** Close the case (`POST /v1/cases/{id}/close`): no reminders after it. */
export const CloseCaseForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const note = String(f.get('note') ?? '').trim();
    const body = {
      closedOn: String(f.get('closedOn') ?? ''),
      reason: String(f.get('reason') ?? '') as components['schemas']['CaseClose']['reason'],
      ...(note ? { note } : {}),
    };
    const { error, response } = await api.POST('/v1/cases/{caseId}/close', {
      params: { path: { caseId } },
      body,
    });
    if (response.ok) return onDone();
    const found = fieldErrorsOf(problemOf(error, response.status).errors);
    setErrors(Object.keys(found).length ? found : { '': 'Sagen kunne ikke lukkes.' });
  };
  return (
    <section aria-labelledby="close-heading">
      <h2 id="close-heading">Luk sagen</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field path="closedOn" label={labels.closedOn!} error={errors.closedOn}>
          {(a) => (
            <input
              class="form-input input-width-s"
              type="date"
              name="closedOn"
              defaultValue={todayIso()}
              {...a}
            />
          )}
        </Field>
        <Field path="reason" label={labels.reason!} error={errors.reason}>
          {(a) => (
            <select class="form-select" name="reason" {...a}>
              {Object.entries(closeReasonName).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          path="note"
          label={`${labels.note} (valgfri)`}
          hint="Skriv aldrig CPR-nummer"
          error={errors.note}
        >
          {(a) => <textarea class="form-input" name="note" rows={2} maxLength={500} {...a} />}
        </Field>
        <button type="submit" class="button button-secondary">
          Luk sagen
        </button>
      </form>
    </section>
  );
};
