import { useEffect, useState } from 'preact/hooks';
import { api, problemOf } from '../../api/client.ts';
import { Alert, ErrorSummary, Field } from '../../ui/form.tsx';
import { fieldErrorsOf } from '../../ui/problem-messages.ts';
import { LoadError, useData } from '../../ui/use-data.tsx';
import { EditProviderForm } from './edit-form.tsx';
import { loadAllProviders } from './load.ts';

const labels: Record<string, string> = {
  providerId: 'Leverandør-id',
  name: 'Navn',
  contactEmail: 'Kontakt-e-mail',
  '': 'Leverandøren',
};

/** `/leverandoerer` (admin): the municipality's providers, and registering a new one. */
export const ProvidersPage = () => {
  const { state, reload } = useData(loadAllProviders, 'providers');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | undefined>();
  useEffect(() => {
    document.title = 'Leverandører – Hjemmestøtte';
  }, []);

  // No new cases and no more mail to it; its record stays for the audit trail (PATCH /v1/providers/{id}).
  const deactivate = async (providerId: string) => {
    const { response } = await api.PATCH('/v1/providers/{providerId}', {
      params: { path: { providerId } },
      body: { active: false },
    });
    setErrors(response.ok ? {} : { '': 'Leverandøren kunne ikke deaktiveres.' });
    if (response.ok) reload();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const body = {
      providerId: String(f.get('providerId') ?? '').trim(),
      name: String(f.get('name') ?? '').trim(),
      contactEmail: String(f.get('contactEmail') ?? '').trim(),
    };
    const { error, response } = await api.POST('/v1/providers', { body });
    if (response.ok) {
      form.reset();
      setErrors({});
      setAdded(body.name);
      reload();
      return;
    }
    const found = fieldErrorsOf(problemOf(error, response.status).errors);
    if (response.status === 409) found.providerId = 'Der findes allerede en leverandør med dette id.';
    setAdded(undefined);
    setErrors(Object.keys(found).length ? found : { '': 'Leverandøren kunne ikke gemmes.' });
  };

  return (
    <>
      <h1>Leverandører</h1>
      {state.status === 'loading' && <p aria-live="polite">Henter leverandører…</p>}
      {state.status === 'error' && <LoadError status={state.httpStatus} />}
      {state.status === 'ok' &&
        (state.data.length ? (
          <table class="table table--compact">
            <caption class="sr-only">Leverandører</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Id</th>
                <th scope="col">Kontakt</th>
                <th scope="col">Status</th>
                <th scope="col">Handling</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((p) => (
                <tr key={p.providerId}>
                  <th scope="row">{p.name}</th>
                  <td>{p.providerId}</td>
                  <td>{p.contactEmail}</td>
                  <td>{p.active === false ? 'Deaktiveret' : 'Aktiv'}</td>
                  <td>
                    {p.active !== false && (
                      <button
                        type="button"
                        class="button button-secondary"
                        onClick={() => void deactivate(p.providerId)}
                      >
                        Deaktivér<span class="sr-only"> {p.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Ingen leverandører endnu.</p>
        ))}

      {state.status === 'ok' && state.data.length > 0 && (
        <EditProviderForm providers={state.data} onSaved={reload} />
      )}

      <h2>Tilføj leverandør</h2>
      {added && <Alert variant="success" heading={`${added} er tilføjet`} />}
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field
          path="providerId"
          label={labels.providerId!}
          hint="2–63 små bogstaver, tal eller bindestreg, fx hjemmebasen. Kan ikke ændres."
          error={errors.providerId}
        >
          {(a) => <input class="form-input input-width-m" name="providerId" autoComplete="off" {...a} />}
        </Field>
        <Field path="name" label={labels.name!} error={errors.name}>
          {(a) => <input class="form-input" name="name" autoComplete="organization" {...a} />}
        </Field>
        <Field
          path="contactEmail"
          label={labels.contactEmail!}
          hint="Modtager anmodninger om statusskrivelser"
          error={errors.contactEmail}
        >
          {(a) => <input class="form-input" type="email" name="contactEmail" autoComplete="email" {...a} />}
        </Field>
        <button type="submit" class="button button-primary">
          Tilføj leverandør
        </button>
      </form>
    </>
  );
};
