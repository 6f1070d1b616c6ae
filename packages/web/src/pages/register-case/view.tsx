import { useEffect, useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import { currentUser } from '../../auth/session.ts';
import { navigate } from '../../router.ts';
import { Alert, ErrorSummary, Field, fieldId } from '../../ui/form.tsx';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { loadProviders } from './load.ts';
import { registrationOf } from './registration.ts';

const labels: Record<string, string> = {
  caseNumber: 'Sagsnummer',
  caseworkerEmail: 'Sagsbehandlerens e-mail',
  teamLeaderEmail: 'Teamlederens e-mail',
  legalBasis: 'Lovgrundlag',
  program: 'Forløb',
  'assessment.kind': 'Udredning',
  'assessment.status': 'Udredningens status',
  'assessment.completedOn': 'Udredningen afsluttet',
  'assessment.startedOn': 'Undersøgelsen startet',
  decidedOn: 'Afgørelsesdato',
  startsOn: 'Støtten starter',
  expectedEndOn: 'Forventet slutdato',
  hoursPerWeek: 'Timer pr. uge',
  providerId: 'Leverandør',
  planRequired: 'Barnets plan',
  purpose: 'Formål med støtten',
  children: 'Børn',
};
const childLabel = (i: number, f: 'firstName' | 'birthDate') =>
  `Barn ${i + 1}: ${f === 'firstName' ? 'fornavn' : 'fødselsdato'}`;

/** `/sager/ny`: register a granted support; the law's refusals land on their fields, in Danish. */
export const RegisterCasePage = () => {
  const providers = useData(loadProviders, 'providers');
  const [children, setChildren] = useState(1);
  const [ongoing, setOngoing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Registrér sag – Hjemmestøtte';
  }, []);

  const allLabels = { ...labels };
  for (let i = 0; i < children; i++) {
    allLabels[`children.${i}.firstName`] = childLabel(i, 'firstName');
    allLabels[`children.${i}.birthDate`] = childLabel(i, 'birthDate');
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const body = registrationOf(e.currentTarget as HTMLFormElement, children);
    const { data, error, response } = await api.POST('/v1/cases', { body });
    setBusy(false);
    if (response.ok) {
      navigate(`/sager/${encodeURIComponent((data as { caseId: string }).caseId)}?ny=1`);
      return;
    }
    const problem = problemOf(error, response.status);
    const found = fieldErrorsOf(problem.errors);
    if (response.status === 409) found.caseNumber = 'Der findes allerede en sag med dette sagsnummer.';
    if (!Object.keys(found).length) found[''] = 'Sagen kunne ikke registreres. Prøv igen.';
    setErrors(found);
  };

  const err = (path: string) => errors[path];
  const date = (path: string, label: string, hint?: string) => (
    <Field path={path} label={label} {...(hint ? { hint } : {})} error={err(path)}>
      {(a) => <input class="form-input input-width-s" type="date" name={path} required {...a} />}
    </Field>
  );

  return (
    <>
      <h1>Registrér sag</h1>
      <p>Registrér en bevilget praktisk, pædagogisk støtte i hjemmet (Barnets Lov § 32, stk. 1, nr. 2).</p>
      <ErrorSummary errors={errors} labels={allLabels} />
      <form onSubmit={submit} noValidate>
        <Field
          path="caseNumber"
          label={labels.caseNumber!}
          hint="Kommunens sagsnummer, fx NYB-2026-0142"
          error={err('caseNumber')}
        >
          {(a) => <input class="form-input input-width-m" name="caseNumber" required {...a} />}
        </Field>
        <Field path="caseworkerEmail" label={labels.caseworkerEmail!} error={err('caseworkerEmail')}>
          {(a) => (
            <input
              class="form-input"
              type="email"
              name="caseworkerEmail"
              defaultValue={currentUser()?.email ?? ''}
              required
              {...a}
            />
          )}
        </Field>
        <Field
          path="teamLeaderEmail"
          label={`${labels.teamLeaderEmail} (valgfri)`}
          hint="Tom: kommunens standard"
          error={err('teamLeaderEmail')}
        >
          {(a) => <input class="form-input" type="email" name="teamLeaderEmail" {...a} />}
        </Field>

        <fieldset>
          <legend class="h3">Børn</legend>
          <p class="form-hint">Fornavn og fødselsdato. Skriv aldrig CPR-nummer.</p>
          {Array.from({ length: children }, (_, i) => (
            <div key={i}>
              <Field
                path={`children.${i}.firstName`}
                label={childLabel(i, 'firstName')}
                error={err(`children.${i}.firstName`)}
              >
                {(a) => (
                  <input class="form-input input-width-m" name={`children.${i}.firstName`} required {...a} />
                )}
              </Field>
              {date(`children.${i}.birthDate`, childLabel(i, 'birthDate'))}
            </div>
          ))}
          <p>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => setChildren((n) => Math.min(10, n + 1))}
            >
              Tilføj barn
            </button>{' '}
            {children > 1 && (
              <button type="button" class="button button-secondary" onClick={() => setChildren((n) => n - 1)}>
                Fjern sidste barn
              </button>
            )}
          </p>
        </fieldset>

        <Field path="legalBasis" label={labels.legalBasis!} error={err('legalBasis')}>
          {(a) => (
            <input
              class="form-input"
              name="legalBasis"
              defaultValue="Barnets Lov § 32, stk. 1, nr. 2"
              required
              {...a}
            />
          )}
        </Field>

        <fieldset class={`form-group${err('program') ? ' form-error' : ''}`}>
          <legend class="form-label">{labels.program}</legend>
          {err('program') && <span class="form-error-message">{err('program')}</span>}
          <div class="form-group-radio">
            <input
              class="form-radio"
              type="radio"
              name="program"
              id={fieldId('program')}
              value="home-support"
              defaultChecked
            />
            <label for={fieldId('program')}>Praktisk, pædagogisk støtte i hjemmet</label>
          </div>
          <div class="form-group-radio">
            <input
              class="form-radio"
              type="radio"
              name="program"
              id="f-program-pedagogue"
              value="home-pedagogue"
            />
            <label for="f-program-pedagogue">Hjemmepædagogisk forløb (børn under 3 år, højst 40 uger)</label>
          </div>
        </fieldset>

        <fieldset>
          <legend class="h3">Udredning</legend>
          <Field path="assessment.kind" label={labels['assessment.kind']!} error={err('assessment.kind')}>
            {(a) => (
              <select class="form-select" name="assessment.kind" {...a}>
                <option value="investigation">Børnefaglig undersøgelse (§ 20)</option>
                <option value="afdaekning" disabled={ongoing}>
                  Afdækning (§ 19)
                </option>
              </select>
            )}
          </Field>
          <div class={`form-group${err('assessment.status') ? ' form-error' : ''}`}>
            <div class="form-group-checkbox">
              <input
                class="form-checkbox"
                type="checkbox"
                id={fieldId('assessment.status')}
                name="assessment.ongoing"
                checked={ongoing}
                onChange={(e) => setOngoing(e.currentTarget.checked)}
              />
              <label for={fieldId('assessment.status')}>
                Undersøgelsen kører stadig, sideløbende med støtten
              </label>
            </div>
          </div>
          {ongoing
            ? date('assessment.startedOn', labels['assessment.startedOn']!)
            : date('assessment.completedOn', labels['assessment.completedOn']!)}
        </fieldset>

        {date('decidedOn', labels.decidedOn!)}
        {date('startsOn', labels.startsOn!)}
        {date('expectedEndOn', labels.expectedEndOn!, 'Afgørelsens forventede varighed')}
        <Field
          path="hoursPerWeek"
          label={labels.hoursPerWeek!}
          hint="Over 0 og højst 91"
          error={err('hoursPerWeek')}
        >
          {(a) => (
            <input
              class="form-input input-width-xs"
              type="text"
              inputMode="decimal"
              name="hoursPerWeek"
              required
              {...a}
            />
          )}
        </Field>
        <Field path="providerId" label={labels.providerId!} error={err('providerId')}>
          {(a) =>
            providers.state.status === 'error' ? (
              <LoadError status={providers.state.httpStatus} />
            ) : (
              <select class="form-select" name="providerId" required {...a}>
                <option value="">Vælg leverandør</option>
                {providers.state.status === 'ok' &&
                  providers.state.data.map((p) => (
                    <option key={p.providerId} value={p.providerId}>
                      {p.name}
                    </option>
                  ))}
              </select>
            )
          }
        </Field>
        <div class="form-group">
          <div class="form-group-checkbox">
            <input
              class="form-checkbox"
              type="checkbox"
              id={fieldId('planRequired')}
              name="planRequired"
              defaultChecked
            />
            <label for={fieldId('planRequired')}>
              Der skal udarbejdes barnets plan (senest 3 måneder efter afgørelsen)
            </label>
          </div>
        </div>
        <Field path="purpose" label={labels.purpose!} hint="Afgørelsens formål" error={err('purpose')}>
          {(a) => <textarea class="form-input" name="purpose" rows={4} required {...a} />}
        </Field>
        {errors[''] && <Alert variant="error">{errors['']}</Alert>}
        <button type="submit" class="button button-primary" disabled={busy}>
          Registrér sag
        </button>
      </form>
    </>
  );
};
