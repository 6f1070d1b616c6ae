import { useRef, useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { Alert, ErrorSummary, Field, fieldId } from '../../ui/form.tsx';
import { locationName, methodName } from '../../ui/labels.ts';
import { copenhagenInstant, nowInCopenhagen } from '../../ui/local-time.ts';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import { createSubmissionKey } from './idempotency.ts';

type Visit = components['schemas']['Visit'];

const labels: Record<string, string> = {
  date: 'Dato',
  time: 'Klokkeslæt',
  startedAt: 'Tidspunkt',
  durationMinutes: 'Varighed i minutter',
  location: 'Sted',
  staffCount: 'Antal medarbejdere',
  methods: 'Metoder',
  'methods.0': 'Metoder',
  goalIds: 'Mål',
  note: 'Note',
  'concern.level': 'Bekymringens grad',
  'concern.note': 'Beskriv bekymringen',
  '': 'Besøget',
};

/** Log a visit (`POST /v1/cases/{id}/visits`) from a phone, with one Idempotency-Key per submission. */
export const VisitForm = ({
  caseId,
  goals,
  onLogged,
}: {
  caseId: string;
  goals: { goalId: string; title: string }[];
  onLogged: () => void;
}) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [concern, setConcern] = useState(false);
  const [logged, setLogged] = useState(false);
  const [busy, setBusy] = useState(false);
  const key = useRef(createSubmissionKey());
  const now = nowInCopenhagen();

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const s = (n: string) => String(f.get(n) ?? '').trim();
    const local: Record<string, string> = {};
    if (!s('date')) local.date = 'Vælg datoen for besøget.';
    if (!s('time')) local.time = 'Skriv klokkeslættet for besøget.';
    if (!f.getAll('methods').length) local.methods = 'Vælg mindst én metode.';
    if (Object.keys(local).length) return setErrors(local);
    const note = s('note');
    const body: Visit = {
      startedAt: copenhagenInstant(s('date'), s('time')),
      durationMinutes: Number(s('durationMinutes')),
      location: s('location') as Visit['location'],
      staffCount: Number(s('staffCount')) as 1 | 2,
      methods: f.getAll('methods').map(String) as Visit['methods'],
      goalIds: f.getAll('goalIds').map(String),
      ...(note ? { note } : {}),
      ...(concern
        ? { concern: { level: s('concern.level') as 'acute' | 'non-acute', note: s('concern.note') } }
        : {}),
    };
    setBusy(true);
    setLogged(false);
    try {
      const { error, response } = await api.POST('/v1/cases/{caseId}/visits', {
        params: { path: { caseId }, header: { 'Idempotency-Key': key.current.current() } },
        body,
      });
      if (response.ok) {
        key.current.answered();
        form.reset();
        setConcern(false);
        setErrors({});
        setLogged(true);
        onLogged();
        return;
      }
      const found = fieldErrorsOf(problemOf(error, response.status).errors);
      if (found.startedAt) found.date = found.startedAt;
      delete found.startedAt;
      if (found['methods.0']) found.methods = found['methods.0'];
      const goalError = Object.keys(found).find((k) => k.startsWith('goalIds'));
      if (goalError) found.goalIds = found[goalError]!;
      setErrors(
        Object.keys(found).length
          ? found
          : { '': 'Besøget blev ikke gemt. Prøv igen: det bliver ikke gemt to gange.' },
      );
    } catch {
      // No answer (the connection dropped): the same key goes with the retry, so nothing is stored twice.
      setErrors({ '': 'Ingen forbindelse. Prøv igen: besøget bliver ikke gemt to gange.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="visit-heading">
      <h2 id="visit-heading">Registrér besøg</h2>
      {logged && <Alert variant="success" heading="Besøget er registreret" />}
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field path="date" label={labels.date!} error={errors.date}>
          {(a) => (
            <input class="form-input input-width-s" type="date" name="date" defaultValue={now.date} {...a} />
          )}
        </Field>
        <Field path="time" label={labels.time!} hint="Hvornår besøget startede" error={errors.time}>
          {(a) => (
            <input class="form-input input-width-xs" type="time" name="time" defaultValue={now.time} {...a} />
          )}
        </Field>
        <Field
          path="durationMinutes"
          label={labels.durationMinutes!}
          hint="1–720"
          error={errors.durationMinutes}
        >
          {(a) => (
            <input
              class="form-input input-width-xs"
              type="number"
              inputMode="numeric"
              min={1}
              max={720}
              name="durationMinutes"
              {...a}
            />
          )}
        </Field>
        <Field path="location" label={labels.location!} error={errors.location}>
          {(a) => (
            <select class="form-select" name="location" {...a}>
              {Object.entries(locationName).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset class={`form-group${errors.staffCount ? ' form-error' : ''}`}>
          <legend class="form-label">{labels.staffCount}</legend>
          {[1, 2].map((n) => (
            <div class="form-group-radio" key={n}>
              <input
                class="form-radio"
                type="radio"
                name="staffCount"
                id={n === 1 ? fieldId('staffCount') : 'f-staffCount-2'}
                value={n}
                defaultChecked={n === 1}
              />
              <label for={n === 1 ? fieldId('staffCount') : 'f-staffCount-2'}>{n === 1 ? 'Én' : 'To'}</label>
            </div>
          ))}
        </fieldset>
        <fieldset
          class={`form-group${errors.methods ? ' form-error' : ''}`}
          aria-describedby={errors.methods ? 'f-methods-error' : undefined}
        >
          <legend class="form-label">{labels.methods}</legend>
          {errors.methods && (
            <span class="form-error-message" id="f-methods-error">
              <span class="sr-only">Fejl: </span>
              {errors.methods}
            </span>
          )}
          {Object.entries(methodName).map(([k, v], i) => (
            <div class="form-group-checkbox" key={k}>
              <input
                class="form-checkbox"
                type="checkbox"
                name="methods"
                id={i === 0 ? fieldId('methods') : `f-methods-${k}`}
                value={k}
              />
              <label for={i === 0 ? fieldId('methods') : `f-methods-${k}`}>{v}</label>
            </div>
          ))}
        </fieldset>
        {goals.length > 0 && (
          <fieldset class={`form-group${errors.goalIds ? ' form-error' : ''}`}>
            <legend class="form-label">Mål i barnets plan, der blev arbejdet med (valgfri)</legend>
            {errors.goalIds && (
              <span class="form-error-message">
                <span class="sr-only">Fejl: </span>
                {errors.goalIds}
              </span>
            )}
            {goals.map((g, i) => (
              <div class="form-group-checkbox" key={g.goalId}>
                <input
                  class="form-checkbox"
                  type="checkbox"
                  name="goalIds"
                  id={i === 0 ? fieldId('goalIds') : `f-goalIds-${g.goalId}`}
                  value={g.goalId}
                />
                <label for={i === 0 ? fieldId('goalIds') : `f-goalIds-${g.goalId}`}>{g.title}</label>
              </div>
            ))}
          </fieldset>
        )}
        <Field
          path="note"
          label={`${labels.note} (valgfri)`}
          hint="Højst 4.000 tegn. Skriv aldrig CPR-nummer."
          error={errors.note}
        >
          {(a) => <textarea class="form-input" name="note" rows={4} maxLength={4000} {...a} />}
        </Field>
        <div class="form-group">
          <div class="form-group-checkbox">
            <input
              class="form-checkbox"
              type="checkbox"
              id="f-concern"
              checked={concern}
              onChange={(e) => setConcern(e.currentTarget.checked)}
            />
            <label for="f-concern">Jeg har en bekymring for barnet (underretning)</label>
          </div>
        </div>
        {concern && (
          <>
            <fieldset class={`form-group${errors['concern.level'] ? ' form-error' : ''}`}>
              <legend class="form-label">{labels['concern.level']}</legend>
              <div class="form-group-radio">
                <input
                  class="form-radio"
                  type="radio"
                  name="concern.level"
                  id={fieldId('concern.level')}
                  value="acute"
                />
                <label for={fieldId('concern.level')}>Akut: kommunen skal handle i dag</label>
              </div>
              <div class="form-group-radio">
                <input
                  class="form-radio"
                  type="radio"
                  name="concern.level"
                  id="f-concern-level-non"
                  value="non-acute"
                  defaultChecked
                />
                <label for="f-concern-level-non">Ikke akut</label>
              </div>
            </fieldset>
            <Field
              path="concern.note"
              label={labels['concern.note']!}
              hint="Sagsbehandler og teamleder får besked med det samme (kun sagsnummer i mailen)."
              error={errors['concern.note']}
            >
              {(a) => <textarea class="form-input" name="concern.note" rows={3} maxLength={4000} {...a} />}
            </Field>
          </>
        )}
        <button type="submit" class="button button-primary" disabled={busy}>
          Gem besøg
        </button>
      </form>
    </section>
  );
};
