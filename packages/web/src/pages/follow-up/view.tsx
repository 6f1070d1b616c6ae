import { useEffect, useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { navigate } from '../../router.ts';
import { formatDate, todayIso } from '../../ui/dates.ts';
import { ErrorSummary, Field, fieldId } from '../../ui/form.tsx';
import { followUpKindName, outcomeName } from '../../ui/labels.ts';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadCase } from '../case/load.ts';

const labels: Record<string, string> = {
  heldOn: 'Afholdt den',
  outcome: 'Beslutning',
  childHeard: 'Barnet er hørt',
  nextFollowUpInMonths: 'Næste opfølgning om (måneder)',
  justification: 'Begrundelse for intervallet',
};

/** `/sager/<caseId>/opfoelgning/<followUpId>`: record a follow-up held (§ 95) and the next interval. */
export const FollowUpPage = ({ caseId, followUpId }: { caseId: string; followUpId: string }) => {
  const { state } = useData(() => loadCase(caseId), caseId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState('continue');
  useEffect(() => {
    document.title = 'Registrér opfølgning – Hjemmestøtte';
  }, []);
  if (state.status === 'loading') return <p aria-live="polite">Henter sagen…</p>;
  if (state.status === 'error') return <LoadError status={state.httpStatus} />;
  const c = state.data.case;
  const fu = c.followUps.find((f) => f.followUpId === followUpId);
  if (!fu) return <LoadError status={404} />;

  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const months = String(f.get('nextFollowUpInMonths') ?? '').trim();
    const justification = String(f.get('justification') ?? '').trim();
    const body: components['schemas']['FollowUpHeld'] = {
      heldOn: String(f.get('heldOn') ?? ''),
      childHeard: f.get('childHeard') === 'yes',
      outcome: String(f.get('outcome')) as components['schemas']['FollowUpHeld']['outcome'],
      ...(months && outcome !== 'end' ? { nextFollowUpInMonths: Number(months) } : {}),
      ...(justification ? { justification } : {}),
    };
    const { error, response } = await api.POST('/v1/cases/{caseId}/follow-ups/{followUpId}/held', {
      params: { path: { caseId, followUpId } },
      body,
    });
    if (response.ok)
      return navigate(`/sager/${encodeURIComponent(caseId)}?holdt=${encodeURIComponent(followUpId)}`);
    const found = fieldErrorsOf(problemOf(error, response.status).errors);
    setErrors(Object.keys(found).length ? found : { '': 'Opfølgningen kunne ikke gemmes.' });
  };

  return (
    <>
      <p>
        <a href={`/sager/${encodeURIComponent(caseId)}`} class="back-link">
          Tilbage til sag {c.caseNumber}
        </a>
      </p>
      <h1>Registrér afholdt opfølgning</h1>
      <p>
        Sag {c.caseNumber}: {followUpKindName[fu.kind]?.toLowerCase()} med frist {formatDate(fu.dueOn)}.
      </p>
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field path="heldOn" label={labels.heldOn!} error={errors.heldOn}>
          {(a) => (
            <input
              class="form-input input-width-s"
              type="date"
              name="heldOn"
              defaultValue={todayIso()}
              required
              {...a}
            />
          )}
        </Field>
        <fieldset class={`form-group${errors.outcome ? ' form-error' : ''}`}>
          <legend class="form-label">{labels.outcome}</legend>
          {Object.entries(outcomeName).map(([k, v], i) => (
            <div class="form-group-radio" key={k}>
              <input
                class="form-radio"
                type="radio"
                name="outcome"
                id={i === 0 ? fieldId('outcome') : `f-outcome-${k}`}
                value={k}
                checked={outcome === k}
                onChange={() => setOutcome(k)}
              />
              <label for={i === 0 ? fieldId('outcome') : `f-outcome-${k}`}>{v}</label>
            </div>
          ))}
        </fieldset>
        <fieldset class={`form-group${errors.childHeard ? ' form-error' : ''}`}>
          <legend class="form-label">{labels.childHeard}?</legend>
          <div class="form-group-radio">
            <input
              class="form-radio"
              type="radio"
              name="childHeard"
              id={fieldId('childHeard')}
              value="yes"
              defaultChecked
            />
            <label for={fieldId('childHeard')}>Ja</label>
          </div>
          <div class="form-group-radio">
            <input class="form-radio" type="radio" name="childHeard" id="f-childHeard-no" value="no" />
            <label for="f-childHeard-no">Nej</label>
          </div>
        </fieldset>
        {outcome !== 'end' && (
          <Field
            path="nextFollowUpInMonths"
            label={labels.nextFollowUpInMonths!}
            hint={
              fu.kind === 'first'
                ? 'Ved første opfølgning besluttes intervallet (1–12 måneder). Kommunens standard er 6.'
                : 'Tom: intervallet fortsætter som hidtil.'
            }
            error={errors.nextFollowUpInMonths}
          >
            {(a) => (
              <input
                class="form-input input-width-xs"
                type="number"
                min={1}
                max={12}
                name="nextFollowUpInMonths"
                defaultValue={fu.kind === 'first' ? '6' : ''}
                {...a}
              />
            )}
          </Field>
        )}
        <Field
          path="justification"
          label={`${labels.justification} (hvis andet end standard)`}
          hint="Skriv aldrig CPR-nummer"
          error={errors.justification}
        >
          {(a) => <textarea class="form-input" name="justification" rows={3} {...a} />}
        </Field>
        <button type="submit" class="button button-primary">
          Registrér opfølgning
        </button>
      </form>
    </>
  );
};
