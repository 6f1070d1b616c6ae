import { useRef, useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { Alert, ErrorSummary, Field, fieldId } from '../../ui/form.tsx';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import { createSubmissionKey } from './idempotency.ts';

type StatusReport = components['schemas']['StatusReport'];
const labels: Record<string, string> = {
  kind: 'Type',
  text: 'Statusskrivelse',
  familyHasRead: 'Familien har læst skrivelsen',
  '': 'Statusskrivelsen',
};

/** A status report or the final letter (`POST /v1/cases/{id}/status-reports`); the final one needs the family's reading. */
export const StatusReportForm = ({ caseId, onSent }: { caseId: string; onSent: () => void }) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const key = useRef(createSubmissionKey());
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const body: StatusReport = {
      kind: String(f.get('kind')) as StatusReport['kind'],
      text: String(f.get('text') ?? '').trim(),
      familyHasRead: f.get('familyHasRead') !== null,
    };
    setSent(false);
    try {
      const { error, response } = await api.POST('/v1/cases/{caseId}/status-reports', {
        params: { path: { caseId }, header: { 'Idempotency-Key': key.current.current() } },
        body,
      });
      if (response.ok) {
        key.current.answered();
        form.reset();
        setErrors({});
        setSent(true);
        onSent();
        return;
      }
      const found = fieldErrorsOf(problemOf(error, response.status).errors);
      setErrors(Object.keys(found).length ? found : { '': 'Skrivelsen blev ikke sendt. Prøv igen.' });
    } catch {
      setErrors({ '': 'Ingen forbindelse. Prøv igen: skrivelsen bliver ikke sendt to gange.' });
    }
  };
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Send statusskrivelse</h2>
      {sent && <Alert variant="success" heading="Statusskrivelsen er sendt til sagsbehandleren" />}
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <fieldset class="form-group">
          <legend class="form-label">{labels.kind}</legend>
          <div class="form-group-radio">
            <input
              class="form-radio"
              type="radio"
              name="kind"
              id={fieldId('kind')}
              value="follow-up"
              defaultChecked
            />
            <label for={fieldId('kind')}>Status til opfølgning</label>
          </div>
          <div class="form-group-radio">
            <input class="form-radio" type="radio" name="kind" id="f-kind-final" value="final" />
            <label for="f-kind-final">Afsluttende statusskrivelse</label>
          </div>
        </fieldset>
        <Field path="text" label={labels.text!} hint="Skriv aldrig CPR-nummer." error={errors.text}>
          {(a) => <textarea class="form-input" name="text" rows={6} {...a} />}
        </Field>
        <div class={`form-group${errors.familyHasRead ? ' form-error' : ''}`}>
          {errors.familyHasRead && (
            <span class="form-error-message" id="f-familyHasRead-error">
              <span class="sr-only">Fejl: </span>
              {errors.familyHasRead}
            </span>
          )}
          <div class="form-group-checkbox">
            <input
              class="form-checkbox"
              type="checkbox"
              name="familyHasRead"
              id={fieldId('familyHasRead')}
              aria-describedby={errors.familyHasRead ? 'f-familyHasRead-error' : undefined}
            />
            <label for={fieldId('familyHasRead')}>
              Familien har læst skrivelsen (krævet for den afsluttende)
            </label>
          </div>
        </div>
        <button type="submit" class="button button-secondary">
          Send statusskrivelse
        </button>
      </form>
    </section>
  );
};
